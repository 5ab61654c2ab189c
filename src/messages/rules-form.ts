import { define } from './define.js';

/** Reading an Excel intake form (`danvan form`), before its content meets the same rules as a YAML file. */
export const FORM_MESSAGES = {
  'form/not-a-form': define<Record<string, never>>({
    severity: 'error',
    vi: () =>
      'Tệp Excel này không phải biểu mẫu của danvan (không có trang ẩn "_danvan"). Hãy điền biểu mẫu tạo bằng lệnh "danvan form".',
    en: () => 'This Excel file is not a danvan form (no hidden "_danvan" sheet). Fill in a form made by "danvan form".',
  }),
  'form/old-version': define<{ version: string; expected: string }>({
    severity: 'error',
    vi: (p) =>
      `Biểu mẫu phiên bản ${p.version} đã cũ (phiên bản hiện hành: ${p.expected}). Hãy tải biểu mẫu mới và điền lại.`,
    en: (p) =>
      `Form version ${p.version} is out of date (current: ${p.expected}). Get the new form and fill it in again.`,
  }),
  'form/other-kind': define<{ kind: string; expected: string }>({
    severity: 'error',
    vi: (p) => `Đây là biểu mẫu "${p.kind}", không phải "${p.expected}" như đang cần.`,
    en: (p) => `This is a "${p.kind}" form, not the "${p.expected}" form expected.`,
  }),
  'form/legacy-xls': define<Record<string, never>>({
    severity: 'error',
    vi: () =>
      'Tệp Excel 97-2003 (.xls) không đọc được. Hãy mở bằng Excel, chọn Lưu thành "Sổ làm việc Excel (.xlsx)" rồi gửi lại.',
    en: () =>
      'An Excel 97-2003 (.xls) file cannot be read. Open it in Excel, save it as "Excel Workbook (.xlsx)" and send it again.',
  }),
  'form/encrypted': define<Record<string, never>>({
    severity: 'error',
    vi: () =>
      'Tệp Excel có đặt mật khẩu nên không đọc được. Hãy gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi gửi lại.',
    en: () => 'The Excel file is password-protected and cannot be read. Remove the password and send it again.',
  }),
  'form/corrupt': define<{ detail: string }>({
    severity: 'error',
    vi: (p) => `Tệp Excel bị hỏng, không mở được (${p.detail}).`,
    en: (p) => `The Excel file is damaged and cannot be opened (${p.detail}).`,
  }),
  'form/formula': define<{ value: string }>({
    severity: 'warning',
    vi: (p) => `Ô chứa công thức; danvan dùng giá trị đã tính "${p.value}". Hãy gõ thẳng giá trị thay cho công thức.`,
    en: (p) => `The cell holds a formula; danvan uses its computed value "${p.value}". Type the value instead.`,
  }),
  'form/cell-error': define<{ error: string }>({
    severity: 'error',
    vi: (p) => `Ô có lỗi ${p.error} nên bị bỏ qua.`,
    en: (p) => `The cell shows the error ${p.error} and was left out.`,
  }),
  'form/code-as-number': define<{ typed: string; code: string }>({
    severity: 'warning',
    vi: (p) =>
      `Mã được gõ thành số ${p.typed}; danvan hiểu là mã "${p.code}". Hãy định dạng ô là Văn bản để giữ số 0 ở đầu.`,
    en: (p) => `The code was typed as the number ${p.typed}; danvan reads it as "${p.code}". Format the cell as Text.`,
  }),
  'form/hidden-row': define<{ row: number }>({
    severity: 'warning',
    vi: (p) => `Dòng ${p.row} đang bị ẩn nhưng vẫn được tính. Nếu muốn bỏ dòng này, hãy xóa dòng thay vì ẩn.`,
    en: (p) => `Row ${p.row} is hidden but still counts. To leave it out, delete the row instead of hiding it.`,
  }),
  'form/unknown-column': define<{ header: string }>({
    severity: 'warning',
    vi: (p) => `Cột "${p.header}" không có trong biểu mẫu nên bị bỏ qua (đừng đổi tiêu đề cột).`,
    en: (p) => `The column "${p.header}" is not part of the form and was ignored (do not rename column headings).`,
  }),
  'form/missing-sheet': define<{ sheet: string }>({
    severity: 'warning',
    vi: (p) => `Không thấy trang "${p.sheet}" của biểu mẫu (bị xóa hay đổi tên?); danh sách này được coi là trống.`,
    en: (p) => `The form's sheet "${p.sheet}" is missing (deleted or renamed?); that list counts as empty.`,
  }),
  'form/extra-sheet': define<{ sheet: string }>({
    severity: 'info',
    vi: (p) => `Trang "${p.sheet}" không thuộc biểu mẫu nên không được đọc.`,
    en: (p) => `The sheet "${p.sheet}" is not part of the form and was not read.`,
  }),
};
