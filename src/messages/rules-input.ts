import { define, didYouMean, typeName } from './define.js';
import { describeCodePoint } from './invisible.js';

// The yaml package reports in English; officers get the gist of the common codes in Vietnamese.
const YAML_ERRORS_VI: Record<string, string> = {
  MISSING_CHAR: 'thiếu ký tự đóng (dấu nháy hoặc dấu ngoặc)',
  BLOCK_AS_IMPLICIT_KEY: 'có hai dấu hai chấm trên một dòng; hãy đặt giá trị trong dấu nháy',
  MULTILINE_IMPLICIT_KEY: 'dòng này thiếu dấu hai chấm sau khóa, hoặc khóa bị xuống dòng',
  UNEXPECTED_TOKEN: 'gặp ký tự không mong đợi (thường do thụt lề sai hoặc thiếu dấu hai chấm)',
  BAD_SCALAR_START: 'giá trị không được bắt đầu bằng ký tự này; hãy đặt trong dấu nháy',
  BAD_DQ_ESCAPE: 'ký tự thoát "\\" sai trong chuỗi nháy kép',
  BAD_ALIAS: 'tham chiếu (alias) tới một neo (anchor) không tồn tại',
  BLOCK_IN_FLOW: 'không được viết khối nhiều dòng bên trong dấu ngoặc',
  KEY_OVER_1024_CHARS: 'khóa dài quá 1024 ký tự',
  NON_STRING_KEY: 'khóa phải là chuỗi',
};

/** Reading files: size, encoding, YAML syntax, the document's shape and kind. */
export const INPUT_MESSAGES = {
  'file/too-large': define<{ size: string; limit: string }>({
    severity: 'error',
    vi: (p) => `Tệp quá lớn (${p.size}); giới hạn là ${p.limit}. Tệp không được đọc.`,
    en: (p) => `File too large (${p.size}); the limit is ${p.limit}. The file was not read.`,
  }),
  'file/unreadable': define<{ reason: string }>({
    severity: 'error',
    vi: (p) => `Không đọc được tệp: ${p.reason}.`,
    en: (p) => `Cannot read the file: ${p.reason}.`,
  }),
  'file/empty': define<Record<string, never>>({
    severity: 'error',
    vi: () => 'Tệp rỗng: không có nội dung nào để kiểm tra.',
    en: () => 'The file is empty: there is nothing to check.',
  }),
  'encoding/invalid-utf8': define<{ byte: string }>({
    severity: 'error',
    vi: (p) => `Byte ${p.byte} không hợp lệ trong UTF-8. Hãy lưu lại tệp với bảng mã UTF-8.`,
    en: (p) => `Byte ${p.byte} is not valid UTF-8. Save the file again as UTF-8.`,
  }),
  // template: a campaign's wording template, which the officer saves again rather than sends.
  'encoding/legacy-vietnamese': define<{ byte: string; template?: boolean }>({
    severity: 'error',
    vi: (p) =>
      `Tệp có vẻ dùng bảng mã tiếng Việt cũ (TCVN3/ABC, VNI hoặc Windows-1258), byte đầu tiên lạ là ${p.byte}. ` +
      `Hãy chuyển sang Unicode UTF-8 (ví dụ bằng công cụ chuyển mã của Unikey) rồi ${p.template ? 'lưu lại tệp mẫu' : 'gửi lại'}.`,
    en: (p) =>
      `The file looks like a legacy Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258); first odd byte ${p.byte}. ` +
      `Convert it to Unicode UTF-8 (for example with Unikey’s converter) and ${p.template ? 'save the template again' : 'send it again'}.`,
  }),
  'encoding/mojibake': define<{ sample: string }>({
    severity: 'error',
    vi: (p) =>
      `Chữ tiếng Việt trong tệp đã bị hỏng: tệp từng được mở sai bảng mã rồi lưu lại ("${p.sample}" thay cho chữ có dấu). ` +
      'Hãy lấy lại bản gốc (UTF-8), hoặc gõ lại các đoạn bị hỏng; danvan không đưa chữ hỏng vào văn bản.',
    en: (p) =>
      `The Vietnamese text in the file is garbled: it was once opened with the wrong encoding and saved ("${p.sample}" instead of accented letters). ` +
      'Take the original (UTF-8) back, or retype the garbled passages; danvan puts no garbled text in a document.',
  }),
  'encoding/binary': define<Record<string, never>>({
    severity: 'error',
    vi: () => 'Tệp không phải văn bản (có byte nhị phân). Có thể đây là tệp Word, Excel hoặc ảnh bị đổi đuôi.',
    en: () => 'The file is not text (it contains binary bytes). It may be a Word, Excel or image file renamed.',
  }),
  'text/invisible-character': define<{ codePoints: number[]; count: number }>({
    severity: 'info',
    vi: (p) =>
      `Ký tự ẩn ${p.codePoints.map((c) => describeCodePoint(c, 'vi')).join(', ')}${p.count > 1 ? ` (${p.count} chỗ trên dòng này)` : ''}; danvan đã thay bằng dấu cách hoặc bỏ đi trước khi đối chiếu. Nên sửa trong tệp gốc.`,
    en: (p) =>
      `Invisible character ${p.codePoints.map((c) => describeCodePoint(c, 'en')).join(', ')}${p.count > 1 ? ` (${p.count} on this line)` : ''}; danvan replaced it with a space or removed it before comparing values. Fix the original file.`,
  }),
  'yaml/version-directive': define<{ directive: string }>({
    severity: 'info',
    vi: (p) =>
      `Bỏ qua chỉ thị "${p.directive}": danvan đọc theo YAML 1.2, nên ngày, yes/no và số như 012 được giữ đúng như đã viết.`,
    en: (p) =>
      `Ignored "${p.directive}": danvan reads YAML 1.2, so dates, yes/no and numbers such as 012 stay as written.`,
  }),
  'yaml/ignored-tag': define<{ tag: string }>({
    severity: 'info',
    vi: (p) => `Bỏ qua thẻ ${p.tag}: giá trị được đọc đúng như chữ đã viết.`,
    en: (p) => `Ignored the ${p.tag} tag: the value is read as the text written.`,
  }),
  'text/placeholder': define<{ value: string }>({
    severity: 'warning',
    vi: (p) =>
      `"${p.value}" là chữ mẫu do danvan init ghi, chưa được thay bằng nội dung thật; sửa trước khi gửi hoặc tổng hợp.`,
    en: (p) =>
      `"${p.value}" is a sample value written by danvan init and not yet replaced; fill in the real value before sending or merging.`,
  }),
  'text/too-long-for-excel': define<{ length: number; limit: number }>({
    severity: 'warning',
    vi: (p) =>
      `Đoạn văn dài ${p.length.toLocaleString('vi-VN')} ký tự, quá ${p.limit.toLocaleString('vi-VN')} ký tự mà một ô Excel chứa được; bảng tổng hợp Excel sẽ phải cắt bớt. Nên rút gọn.`,
    en: (p) =>
      `This text is ${p.length.toLocaleString('en-US')} characters long, more than the ${p.limit.toLocaleString('en-US')} an Excel cell holds; the Excel summary will have to shorten it.`,
  }),
  'text/cr-line-endings': define<{ count: number }>({
    severity: 'info',
    vi: (p) =>
      `Tệp xuống dòng bằng ký tự CR (kiểu máy Mac cũ) ở ${p.count} chỗ; danvan đã đọc như xuống dòng thường. Nên lưu lại tệp với kiểu xuống dòng LF hoặc CRLF.`,
    en: (p) =>
      `The file breaks lines with a lone CR (old Mac style) in ${p.count} place(s); danvan read them as line breaks. Save the file again with LF or CRLF line endings.`,
  }),
  'text/normalized-nfc': define<{ count: number }>({
    severity: 'info',
    vi: (p) => `Văn bản tiếng Việt dạng tổ hợp (NFD) đã được chuẩn hóa sang dạng dựng sẵn (NFC) ở ${p.count} chỗ.`,
    en: (p) => `Decomposed Vietnamese text (NFD) was normalised to composed form (NFC) in ${p.count} place(s).`,
  }),
  'text/unsupported-glyph': define<{ char: string; code: string; substitute: string }>({
    severity: 'warning',
    vi: (p) =>
      `Ký tự "${p.char}" (${p.code}) không có trong phông chữ của văn bản (Tinos): hồ sơ PDF sẽ in "${p.substitute}" thay cho nó; nên viết bằng chữ.`,
    en: (p) =>
      `The character "${p.char}" (${p.code}) is not in the documents' font (Tinos): the PDF prints "${p.substitute}" instead; write it in words.`,
  }),
  'yaml/syntax': define<{ code: string; detail: string }>({
    severity: 'error',
    vi: (p) => `Lỗi cú pháp YAML: ${YAML_ERRORS_VI[p.code] ?? 'không đọc được cấu trúc tại đây'}.`,
    en: (p) => `YAML syntax error: ${p.detail}`,
  }),
  'yaml/bad-indent': define<Record<string, never>>({
    severity: 'error',
    vi: () => 'Thụt lề không đúng: các khóa cùng cấp phải thẳng cột với nhau.',
    en: () => 'Bad indentation: keys at the same level must line up.',
  }),
  'yaml/tab-indent': define<Record<string, never>>({
    severity: 'error',
    vi: () => 'Không được dùng phím Tab để thụt lề trong YAML; hãy dùng dấu cách.',
    en: () => 'Tabs cannot be used for indentation in YAML; use spaces.',
  }),
  'yaml/duplicate-key': define<{ key: string }>({
    severity: 'error',
    vi: (p) => `Khóa "${p.key}" bị lặp lại trong cùng một mục.`,
    en: (p) => `Key "${p.key}" appears twice in the same mapping.`,
  }),
  'yaml/alias-bomb': define<{ limit: number }>({
    severity: 'error',
    vi: (p) => `Tệp dùng quá nhiều tham chiếu (alias) YAML (hơn ${p.limit}); tệp bị từ chối để bảo vệ bộ nhớ.`,
    en: (p) => `The file uses too many YAML aliases (over ${p.limit}); it is refused to protect memory.`,
  }),
  'yaml/multiple-documents': define<Record<string, never>>({
    severity: 'error',
    vi: () => 'Mỗi tệp chỉ được chứa một văn bản YAML (bỏ dấu "---" thứ hai hoặc tách thành nhiều tệp).',
    en: () => 'Each file must hold one YAML document (remove the second "---" or split the file).',
  }),
  'document/not-mapping': define<{ actual: string }>({
    severity: 'error',
    vi: (p) => `Nội dung tệp phải là một bảng khóa: giá trị, nhưng lại là ${typeName(p.actual, 'vi')}.`,
    en: (p) => `The file must contain a key: value mapping, but it holds ${typeName(p.actual, 'en')}.`,
  }),
  'document/missing-kind': define<{ kinds: string }>({
    severity: 'error',
    vi: (p) => `Thiếu khóa "loai" cho biết loại hồ sơ (một trong: ${p.kinds}).`,
    en: (p) => `Missing the "loai" key naming the kind of file (one of: ${p.kinds}).`,
  }),
  'document/merged-dataset': define<Record<string, never>>({
    severity: 'error',
    vi: () =>
      'Đây là tệp tổng hợp do danvan merge tạo ra, không phải hồ sơ của một đơn vị; không kiểm tra, chấm điểm hay chuyển lại được. Dùng tệp này với danvan excel, danvan dossier hoặc danvan report (hoặc gộp tiếp bằng danvan merge).',
    en: () =>
      "This is a consolidated dataset written by danvan merge, not a unit's submission; it cannot be validated, scored or imported. Use it with danvan excel, danvan dossier or danvan report (or merge it again with danvan merge).",
  }),
  'document/unknown-kind': define<{ value: string; kinds: string; suggestion?: string }>({
    severity: 'error',
    vi: (p) => `Loại hồ sơ "${p.value}" không có; các loại hợp lệ: ${p.kinds}.${didYouMean(p.suggestion, 'vi')}`,
    en: (p) => `Unknown kind of file "${p.value}"; valid kinds: ${p.kinds}.${didYouMean(p.suggestion, 'en')}`,
  }),
};
