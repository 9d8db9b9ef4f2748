// What the user is told when Google Drive refuses to create a document: Google's own text (English, from the Drive
// API's error, e.g. "The user's Drive storage quota has been exceeded." — reason storageQuotaExceeded, 403) inside a
// Vietnamese sentence that says what to do.

const QUOTE = (m: string) => `(Google báo: “${m}”)`;

/** The message of an Apps Script error, without its "GoogleJsonResponseException: API call to … failed with error:" wrapper. */
export function googleMessage(e: unknown): string {
  const m = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return m.replace(/^(GoogleJsonResponseException: )?API call to [\w.]+ failed with error: /, '').trim();
}

/** The Vietnamese sentence for a failed Drive call while writing a document. */
export function driveFailure(e: unknown): string {
  const m = googleMessage(e);
  if (/storage quota|storageQuotaExceeded/i.test(m)) {
    return `Google Drive của tài khoản này đã hết dung lượng ${QUOTE(m)}: hãy xóa bớt tệp hoặc dọn thùng rác trên Google Drive rồi tạo lại.`;
  }
  if (/rate limit|too many requests|quota exceeded|429/i.test(m)) {
    return `Google Drive đang tạm giới hạn số yêu cầu ${QUOTE(m)}: hãy thử lại sau ít phút.`;
  }
  if (/conversion of the uploaded content/i.test(m)) {
    return `Google Drive không chuyển được tệp .docx của ĐVHT thành Google Docs ${QUOTE(m)}: hãy báo người phụ trách kỹ thuật (chạy ĐVHT → Kiểm tra cài đặt).`;
  }
  return `Google Drive không tạo được văn bản ${QUOTE(m)}. Hãy thử lại; nếu vẫn lỗi, chạy ĐVHT → Kiểm tra cài đặt.`;
}
