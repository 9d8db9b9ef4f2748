// Every menu item tells the user what happened, and no lock is held while it does: an alert suspends the script until
// the user closes it ("Alerts suspend the server-side script while the dialog is open",
// https://developers.google.com/apps-script/guides/dialogs), so a lock held then blocks every colleague meanwhile.
// The offline Ui calls `onShow` as an alert or dialog opens, before it is answered: "while the alert is open".
import { createRuntime, Runtime } from '../../local/runtime';
import { SchoolRef, logLines, setUpDistrict } from '../../local/district';
import { SyntheticSchool, syntheticSchool } from '../../local/syntheticSchools';
import { googleDocs } from '../../scripts/cli';
import { FakeSpreadsheet } from '../../local/spreadsheet';
import { batchMessage } from '../../src/gas/district/districtActions';
import { escapeHtml } from '../../src/util/html';
import { watchLock } from '../support/lock';

const DISTRICT_SHEETS = 'Cài đặt, Danh sách đơn vị, Kết quả, Nhật ký, Công nhận, Hội đồng thẩm định';

/** Two schools (mức độ 2; 2.1 Không đạt), each typing a name unlike the list's, then `extra` rows of the list. */
function district(extra: (schools: readonly SyntheticSchool[]) => SchoolRef[] = () => []): { rt: Runtime; ss: FakeSpreadsheet } {
  const rt = createRuntime({ target: 'district' });
  const schools = [
    syntheticSchool(rt.sheets, 1, { name: 'Trường Tiểu học Bình Minh A', typedName: 'Trường TH Bình Minh A', members: 'all' }),
    syntheticSchool(rt.sheets, 2, { name: 'Trường THCS Bình Minh', typedName: 'Trường Tiểu học Bình Minh A', members: 'poor' }),
  ];
  const ss = setUpDistrict(rt, [...schools, ...extra(schools)], { nganSachGiay: 240 });
  return { rt, ss };
}

const lastDoc = (rt: Runtime) => googleDocs(rt).at(-1)!;

/** The links a dialog shows for the last Doc: the Doc, its PDF, the .docx kept beside it, the year's folder. */
function linksOf(rt: Runtime): string {
  const doc = lastDoc(rt);
  const files = rt.drive.files();
  const docx = files[files.indexOf(doc) + 1];
  const folder = rt.drive.get(doc.parents[0])!;
  const a = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
  return `<p>${a(`https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`, `Mở: ${doc.name}`)}</p>`
    + `<p>${a(`https://docs.google.com/document/d/${doc.id}/export?format=pdf`, 'Tải PDF')} · ${a(`https://drive.google.com/file/d/${docx.id}/view?usp=drivesdk`, 'Tệp Word (.docx)')}`
    + ` · ${a(`https://drive.google.com/drive/folders/${folder.id}`, `Thư mục ${folder.name}`)}</p>`;
}

describe('district menu', () => {
  test('Thiết lập sổ tổng hợp lists what it created, then that nothing was missing; the lock is free while it says so', () => {
    const rt = createRuntime({ target: 'district' });
    rt.newSpreadsheet('Sổ tổng hợp ĐVHT');
    const locked = watchLock(rt);
    rt.run('dvhtThietLapSo');
    rt.run('dvhtThietLapSo');
    expect(rt.services.controls.alerts.map((a) => [a.title, a.prompt])).toEqual([
      ['ĐVHT', `Đã tạo sổ tổng hợp gồm 6 sheet: ${DISTRICT_SHEETS}.\nTiếp theo: điền sheet Cài đặt, dán tên và liên kết bảng tính của từng đơn vị vào sheet Danh sách đơn vị, rồi chọn ĐVHT → Mở bảng tổng hợp.`],
      ['ĐVHT', 'Sổ tổng hợp đã đủ các sheet; đã kiểm tra tiêu đề, ghi chú và kiểm tra dữ liệu.\nDữ liệu đã nhập được giữ nguyên.'],
    ]);
    expect(locked).toEqual([false, false]);
  });

  test('a sheet deleted by the officer is put back and named', () => {
    const rt = createRuntime({ target: 'district' });
    const ss = rt.newSpreadsheet('Sổ tổng hợp ĐVHT');
    rt.run('dvhtThietLapSo');
    ss.deleteSheet(ss.getSheetByName('Nhật ký')!);
    rt.run('dvhtThietLapSo');
    expect(rt.services.controls.alerts.at(-1)?.prompt).toBe('Đã thêm sheet: Nhật ký.\nDữ liệu đã nhập được giữ nguyên.');
  });

  test('Tổng hợp một lượt shows the counts of the run', () => {
    const { rt } = district();
    const locked = watchLock(rt);
    rt.run('dvhtTongHopMenu');
    expect(rt.services.controls.alerts.at(-1)).toMatchObject({
      title: 'Tổng hợp', prompt: 'Đã đọc xong 2 đơn vị: 2 đọc được, 0 lỗi.\nKết quả ở sheet Kết quả; lý do của từng lỗi ở sheet Nhật ký.',
    });
    expect(locked).toEqual([false]);
  });

  test('a batch that stops before the end says how far it got and how to go on', () => {
    expect(batchMessage({ done: 120, total: 3000, ok: 117, failed: 3, finished: false, read: 120 })).toBe(
      'Lượt này đã đọc 120 đơn vị; đã xong 120/3.000 đơn vị (117 đọc được, 3 lỗi).\nCòn 2.880 đơn vị: chọn lại ĐVHT → Tổng hợp một lượt, hoặc ĐVHT → Mở bảng tổng hợp để đọc tiếp đến hết.',
    );
  });

  test('Tạo văn bản công nhận opens a dialog with the document link and what the documents hold, escaped', () => {
    // The officer pasted the first school's link again, under a name with HTML in it: one unit, said so, escaped.
    const { rt, ss } = district((schools) => [{ name: 'Trường <b>Bình Minh</b> & "A"', link: schools[0].link }]);
    rt.run('dvhtTongHopMenu');
    const locked = watchLock(rt);
    rt.run('dvhtTaoVanBanMenu');
    const doc = lastDoc(rt);
    const dialog = rt.services.controls.dialogs.at(-1)!;
    expect(dialog.title).toBe('Đã tạo văn bản công nhận');
    const lines = [
      'Đã tạo 5 văn bản: Tờ trình đề nghị công nhận; Báo cáo thẩm định của Hội đồng; Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị; Dự thảo Quyết định công nhận; Báo cáo kết quả gửi Sở Giáo dục và Đào tạo.',
      '2 đơn vị, mỗi đơn vị một lần theo liên kết bảng tính: 1 đủ điều kiện công nhận (1 mức độ 2, 0 mức độ 1), 1 chưa đạt, 0 chưa đọc được.',
      'Dòng "Trường <b>Bình Minh</b> & "A"" ở sheet Danh sách đơn vị trùng liên kết bảng tính với "Trường Tiểu học Bình Minh A": chỉ tính một lần.',
      'Báo cáo kết quả gửi Sở Giáo dục và Đào tạo trước ngày 15/03/2026 (khoản 3 Điều 20 Thông tư số 24/2023/TT-BGDĐT).',
    ];
    expect(dialog.content).toBe(
      `<div style="font-family:Arial,sans-serif;font-size:13px">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}`
      + `${linksOf(rt)}</div>`,
    );
    expect(dialog.content).toContain('Dòng &quot;Trường &lt;b&gt;Bình Minh&lt;/b&gt; &amp; &quot;A&quot;&quot;');
    expect(doc.name).toMatch(/^Văn bản công nhận ĐVHT 2025 - Phòng Văn hóa - Xã hội - \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    // Nhật ký keeps the link too, after the reads.
    expect(logLines(ss).at(-1)).toEqual(['2 đơn vị', 'Đã tạo', `${doc.name}: https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`]);
    expect(locked).toEqual([false]);
  });

  test('the sidebar gets the same documents as JSON, with the summary', () => {
    const { rt } = district();
    rt.run('dvhtTongHopMenu');
    const r = rt.run('dvhtTaoVanBan') as { url: string; name: string; summary: string[] };
    expect(r.url).toBe(`https://docs.google.com/document/d/${lastDoc(rt).id}/edit?usp=drivesdk`);
    expect(r.summary[1]).toBe('2 đơn vị, mỗi đơn vị một lần theo liên kết bảng tính: 1 đủ điều kiện công nhận (1 mức độ 2, 0 mức độ 1), 1 chưa đạt, 0 chưa đọc được.');
  });

  test('a colleague\'s action started while the first action\'s alert is open goes through', () => {
    const { rt } = district();
    rt.run('dvhtTongHopMenu');
    const before = googleDocs(rt).length;
    // The first officer's "Thiết lập sổ" alert is open; the second chooses Tạo văn bản công nhận meanwhile.
    const locked = watchLock(rt, (n) => {
      if (n === 1) rt.run('dvhtTaoVanBanMenu');
    });
    rt.run('dvhtThietLapSo');
    expect(locked).toEqual([false, false]);
    expect(googleDocs(rt).length).toBe(before + 1);
    expect(rt.services.controls.dialogs.at(-1)?.title).toBe('Đã tạo văn bản công nhận');
    expect(rt.services.controls.alerts.map((a) => a.prompt)).not.toContainEqual(expect.stringContaining('Đang có người khác'));
  });

  test('busy: another execution holds the lock, the officer is told after the wait, and nothing is created', () => {
    const { rt } = district();
    rt.services.controls.holdLock('document', Infinity);
    const before = googleDocs(rt).length;
    rt.run('dvhtTaoVanBanMenu');
    expect(rt.services.controls.alerts.at(-1)?.prompt).toBe('Đang có người khác thực hiện thao tác trên bảng tính này. Vui lòng thử lại "Tạo văn bản công nhận" sau ít phút.');
    expect(googleDocs(rt).length).toBe(before);
  });

  test('a failure is told after the lock is released', () => {
    const { rt, ss } = district();
    ss.deleteSheet(ss.getSheetByName('Danh sách đơn vị')!);
    const locked = watchLock(rt);
    rt.run('dvhtTongHopMenu');
    expect(rt.services.controls.alerts.at(-1)?.prompt).toBe('Không thực hiện được "Tổng hợp một lượt": Thiếu sheet "Danh sách đơn vị": chọn ĐVHT → Thiết lập sổ tổng hợp.');
    expect(locked).toEqual([false]);
  });
});

describe('school menu', () => {
  test('the result alert is shown with the lock free, and a colleague\'s action meanwhile goes through', () => {
    const rt = createRuntime();
    rt.newSpreadsheet('Bảng tính ĐVHT');
    const locked = watchLock(rt, (n) => {
      if (n === 1) rt.run('dvhtKiemTraDuLieu');
    });
    rt.run('dvhtThietLapMau');
    // The colleague's check alert opens (and is recorded) while the first alert is still open.
    expect(rt.services.controls.alerts.map((a) => a.title)).toEqual(['Kiểm tra dữ liệu', 'ĐVHT']);
    expect(rt.services.controls.alerts[1].prompt).toMatch(/^Đã tạo mẫu ĐVHT phiên bản \d+\./);
    expect(locked).toEqual([false, false]);
  });

  test('a failure (a foreign sheet) is told with the lock free', () => {
    const rt = createRuntime();
    const ss = rt.newSpreadsheet('x');
    ss.insertSheet('Thành viên').getRange('A1:B2').setValues([['Danh sách cũ', ''], ['Nguyễn Văn An', '0912345678']]);
    const locked = watchLock(rt);
    rt.run('dvhtThietLapMau');
    expect(rt.services.controls.alerts.at(-1)?.prompt).toContain('Sheet "Thành viên" đã có dữ liệu nhưng không có dòng tiêu đề');
    expect(locked).toEqual([false]);
  });

  test('Tạo kế hoạch shows its link in a dialog opened after the lock is released', () => {
    const rt = createRuntime();
    rt.newSpreadsheet('Bảng tính ĐVHT');
    rt.run('dvhtThietLapMau');
    const locked = watchLock(rt);
    rt.run('dvhtTaoKeHoachMenu');
    expect(rt.services.controls.dialogs.at(-1)).toMatchObject({
      title: 'Đã tạo kế hoạch',
      content: `<div style="font-family:Arial,sans-serif;font-size:13px">${linksOf(rt)}</div>`,
    });
    expect(locked).toEqual([false]);
  });

  test('when Drive keeps no .docx, the dialog says where to get one, once, and offers the Doc and its PDF', () => {
    const rt = createRuntime();
    rt.newSpreadsheet('Bảng tính ĐVHT');
    rt.run('dvhtThietLapMau');
    const files = rt.context.Drive.Files;
    const create = files.create.bind(files);
    files.create = (resource: { mimeType?: string }, ...rest: unknown[]) => {
      if (resource.mimeType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') throw new Error('Internal Error');
      return create(resource, ...rest);
    };
    rt.run('dvhtTaoKeHoachMenu');
    const doc = lastDoc(rt);
    const folder = rt.drive.get(doc.parents[0])!;
    const a = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
    expect(rt.services.controls.dialogs.at(-1)?.content).toBe(
      '<div style="font-family:Arial,sans-serif;font-size:13px">'
      + '<p>Google Drive chưa lưu được tệp Word (.docx) kèm theo; văn bản Google Docs đã đầy đủ và tải được dạng Word: Tệp → Tải xuống → Microsoft Word (.docx).</p>'
      + `<p>${a(`https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`, `Mở: ${doc.name}`)}</p>`
      + `<p>${a(`https://docs.google.com/document/d/${doc.id}/export?format=pdf`, 'Tải PDF')} · ${a(`https://drive.google.com/drive/folders/${folder.id}`, `Thư mục ${folder.name}`)}</p></div>`,
    );
  });
});
