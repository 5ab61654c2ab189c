// Fills a `danvan form` workbook as a unit would; shared by the round-trip tests and bench/import-bench.mjs.
import ExcelJS from 'exceljs';

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

// What a unit types: a date as a date, a list as "a; b", a choice by its name from the drop-down.
function typed(value, names) {
  if (Array.isArray(value)) return value.map(String).join('; ');
  if (typeof value === 'string') {
    const date = DATE.exec(value);
    if (date) return new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])));
    return names?.get(value) ?? value;
  }
  return value;
}

function flatten(tree, prefix = '') {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? flatten(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

/**
 * Fills a `danvan form` workbook with the content of a YAML data tree of the same kind, as a unit would: header
 * values by their row, list items row by row under the headings, choices by name. Returns the .xlsx bytes.
 */
export async function fillForm(form, data) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(form));
  const names = new Map();
  const lookup = workbook.getWorksheet('Danh mục');
  lookup?.getRow(1).eachCell((cell, column) => {
    const pairs = new Map();
    lookup.getColumn(column + 1).eachCell((code, row) => {
      if (row > 1) pairs.set(String(code.value), String(lookup.getCell(row, column).value));
    });
    names.set(String(cell.value), pairs);
  });
  const header = workbook.getWorksheet('Thông tin chung');
  const rows = new Map();
  header.getColumn(4).eachCell((cell, row) => rows.set(String(cell.value), row));
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value) && typeof value[0] === 'object') {
      fillList(workbook, key, value, names);
      continue;
    }
    const entries =
      value !== null && typeof value === 'object' && !Array.isArray(value) ? flatten(value, `${key}.`) : [[key, value]];
    for (const [path, v] of entries) {
      const row = rows.get(path);
      if (row !== undefined) header.getCell(row, 2).value = typed(v, names.get(path));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function fillList(workbook, key, items, names) {
  const sheet = workbook.worksheets.find(
    (ws) => ws.state === 'visible' && ws.getCell(1, 1).value !== null && sheetHolds(ws, key),
  );
  if (!sheet) throw new Error(`no sheet for ${key}`);
  const columns = new Map();
  sheet.getRow(3).eachCell((cell, column) => columns.set(String(cell.value).replace(/ \*$/, ''), column));
  const labels = LABELS[key] ?? {};
  items.forEach((item, i) => {
    const criterionRow = key === 'diem' ? findRow(sheet, String(item.tieu_chi)) : undefined;
    const row = criterionRow ?? 4 + i;
    for (const [path, value] of flatten(item)) {
      const column = columns.get(labels[path] ?? path);
      if (column === undefined) throw new Error(`no column for ${key}.${path}`);
      if (key === 'diem' && path === 'tieu_chi') continue;
      sheet.getCell(row, column).value = typed(value, names.get(path));
    }
  });
}

function findRow(sheet, criterion) {
  let found;
  sheet.getColumn(1).eachCell((cell, row) => {
    if (row > 3 && String(cell.value) === criterion) found ??= row;
  });
  return found;
}

const sheetHolds = (ws, key) => ws.name === SHEETS[key];

/** Sheet names and column headings of the forms, by YAML key (the schema titles). */
const SHEETS = {
  tap_the: 'Mô hình tập thể',
  ca_nhan: 'Cá nhân',
  diem: 'Điểm theo tiêu chí',
};
const LABELS = {
  tap_the: {
    ma: 'Mã mô hình',
    ten_mo_hinh: 'Tên mô hình',
    tap_the: 'Tập thể thực hiện',
    linh_vuc: 'Lĩnh vực',
    thuc_trang: 'Thực trạng, lý do',
    muc_tieu: 'Mục tiêu, tiêu chí',
    noi_dung: 'Nội dung, cách thức',
    dia_ban: 'Địa bàn',
    doi_tuong: 'Đối tượng',
    'luc_luong.chu_tri': 'Lực lượng thực hiện: Chủ trì',
    'luc_luong.phoi_hop': 'Lực lượng thực hiện: Phối hợp',
    nguon_luc: 'Nguồn lực',
    'thoi_gian.bat_dau': 'Thời gian: Bắt đầu',
    'thoi_gian.ket_thuc': 'Thời gian: Kết thúc',
    san_pham: 'Sản phẩm, kết quả',
    kha_nang_nhan_rong: 'Khả năng duy trì, nhân rộng',
  },
  ca_nhan: {
    ho_ten: 'Họ và tên',
    nam_sinh: 'Năm sinh',
    gioi_tinh: 'Giới tính',
    chuc_vu: 'Chức vụ',
    don_vi: 'Đơn vị công tác',
    ma_mo_hinh: 'Mô hình gắn với',
    linh_vuc: 'Lĩnh vực',
    noi_dung: 'Nội dung đăng ký',
  },
  diem: { tieu_chi: 'Tiêu chí', tu_cham: 'Tự chấm', cap_tren_cham: 'Cấp trên chấm', ly_do: 'Lý do điều chỉnh' },
};
