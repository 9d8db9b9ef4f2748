// Evidence inside the evaluation year: the "Số, ngày ban hành" of each Minh chứng (a date cell, or a date written in
// the text, e.g. "112/KH-THCSBM, 05/9/2025") should fall between 01/01 and 31/12 of the year (Điều 10.1.b, 16.1.b).
// A plan signed late in the year before for the evaluation year is common, so this is a warning the user judges.
import { Problem, SHEETS } from '../assess/problems';
import { DateOf, datesInText, formatDate, isDateValue } from '../vocab/dates';
import { cleanText } from '../vocab/normalize';
import { EvidenceRow } from '../workbook/records';
import { YEAR_RULE } from './settings';

export function evidenceDateProblems(evidence: readonly EvidenceRow[], year: number, dateOf?: DateOf): Problem[] {
  const out: Problem[] = [];
  for (const e of evidence) {
    const name = cleanText(e.ma) ? `Minh chứng ${cleanText(e.ma)}` : `Minh chứng ở dòng ${e.row ?? '?'}`;
    const value = isDateValue(e.soNgay) ? '' : cleanText(e.soNgay);
    const warn = (shown: string, message: string, fix: string) =>
      out.push({ sheet: SHEETS.minhChung, row: e.row, field: 'soNgay', value: value || shown, message, fix, severity: 'canhBao' });
    for (const d of datesInText(e.soNgay, dateOf)) {
      if (d.kind === 'impossible') {
        warn(d.text, `${name} ghi ngày "${d.text}": không có ngày này.`, 'Sửa lại số, ngày ban hành theo đúng văn bản.');
        break;
      }
      if (d.kind === 'date' && d.date.year !== year) {
        const shown = formatDate(d.date);
        warn(shown, `${name} ghi ngày ${shown}, ngoài năm đánh giá ${year} (01/01/${year} – 31/12/${year}).`,
          `${YEAR_RULE} Nếu văn bản ban hành ngoài năm nhưng áp dụng cho năm ${year} (ví dụ kế hoạch năm ${year} ký cuối năm ${year - 1}), có thể giữ và ghi rõ ở cột Ghi chú; nếu không, thay bằng minh chứng của năm ${year}.`);
        break;
      }
    }
  }
  return out;
}
