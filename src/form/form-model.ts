import type { Plan } from '../core/plan.js';
import type { Rubric } from '../core/rubric.js';

/** How a form cell is typed, drawn and read back. */
export type FieldType = 'text' | 'integer' | 'number' | 'date' | 'list' | 'boolean';

export interface Choice {
  id: string;
  name: string;
}

/** One input: a row of the header sheet, or a column of a list sheet. `path` is relative (keys under the item). */
export interface FormField {
  path: string[];
  label: string;
  required: boolean;
  type: FieldType;
  hint?: string;
  /** A drop-down of names; import maps a name (or the code itself) back to the code. */
  choices?: Choice[];
  /** Pre-filled by the form and locked (the criterion of a score sheet). */
  locked?: boolean;
}

/** A column shown to help the unit fill in (criterion name, maximum points) and ignored on import. */
export interface InfoColumn {
  label: string;
  values: (string | number)[];
}

export interface FormList {
  key: string;
  sheet: string;
  fields: FormField[];
  info: InfoColumn[];
  /** Rows the form fills in itself (one per criterion of the rubric), by field label. */
  prefilled: Record<string, string>[];
}

/** The .xlsx intake form of one plan and one file kind; `danvan import` reads it back through the same model. */
export interface FormModel {
  planId: string;
  kind: string;
  kindTitle: string;
  version: number;
  title: string;
  instructions: string[];
  header: FormField[];
  lists: FormList[];
  /** The unit the form was made for: its code and name are filled in on the header sheet. */
  unit?: { code: string; name: string; choice: string };
}

/** Bumped whenever a form's layout changes in a way an older form cannot be read with. */
export const FORM_VERSION = 1;
/** The hidden sheet that says which plan, kind and form version a workbook is. */
export const META_SHEET = '_danvan';
export const HEADER_SHEET = 'Thông tin chung';
export const LOOKUP_SHEET = 'Danh mục';
/** The heading row of the header sheet and of every list sheet; data starts on the next row. */
export const HEADING_ROW = 3;
/** Columns of the score sheet shown to help and ignored on import. */
export const INFO_LABELS = ['Nội dung tiêu chí', 'Điểm tối đa'];
export const labelOf = (field: FormField): string => `${field.label}${field.required ? ' *' : ''}`;
/** Keys the form fills in itself (hidden sheet), never asked of the unit. */
const FIXED_KEYS = new Set(['loai', 'phien_ban', 'ke_hoach']);

type Schema = {
  title?: string;
  description?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};

export interface FormInput {
  kind: string;
  kindTitle: string;
  schema: object;
  plan: Plan;
  /** The units of the plan (from the registry), for the unit-code drop-down; may be empty. */
  units: readonly Choice[];
  rubric?: Rubric;
  /** Making the form for one unit: its code, name and category (for its own quota). */
  unit?: { code: string; name: string; categoryId?: string };
}

/** The form, decided from the kind's JSON Schema (labels, types, required) and the plan's vocabulary. */
export function buildFormModel(input: FormInput): FormModel {
  const { header, lists } = formLayout(input.schema, vocabularyOf(input), input.rubric);
  return {
    planId: input.plan.id,
    kind: input.kind,
    kindTitle: input.kindTitle,
    version: FORM_VERSION,
    title: `${input.kindTitle.toLocaleUpperCase('vi')}`,
    instructions: instructionsFor(input, lists),
    ...(input.unit
      ? {
          unit: {
            code: input.unit.code,
            name: input.unit.name,
            choice: input.units.find((u) => u.id === input.unit?.code)?.name ?? input.unit.code,
          },
        }
      : {}),
    header,
    lists,
  };
}

/**
 * The inputs of a kind's form from its JSON Schema: top-level values on the header sheet, nested objects flattened
 * ("Người ký: Họ và tên"), each list of objects on a sheet of its own. Import calls it without a vocabulary.
 */
export function formLayout(
  schemaObject: object,
  vocabulary: ReadonlyMap<string, Choice[]>,
  rubric?: Rubric,
): { header: FormField[]; lists: FormList[] } {
  const schema = schemaObject as Schema;
  const header: FormField[] = [];
  const lists: FormList[] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (FIXED_KEYS.has(key)) continue;
    const required = schema.required?.includes(key) ?? false;
    if (property.type === 'array' && property.items?.type === 'object') {
      lists.push(listOf(key, property, vocabulary, rubric));
    } else {
      header.push(...fieldsOf([key], property, required, vocabulary, ''));
    }
  }
  return { header, lists };
}

function fieldsOf(
  path: string[],
  property: Schema,
  required: boolean,
  vocabulary: ReadonlyMap<string, Choice[]>,
  prefix: string,
): FormField[] {
  const label = `${prefix}${property.title ?? path.at(-1) ?? ''}`;
  if (property.type === 'object') {
    return Object.entries(property.properties ?? {}).flatMap(([key, child]) =>
      fieldsOf(
        [...path, key],
        child,
        required && (property.required?.includes(key) ?? false),
        vocabulary,
        `${label}: `,
      ),
    );
  }
  if (property.type === 'array' && property.items?.type === 'object') return []; // a list inside a list: YAML only
  const key = path.at(-1) ?? '';
  const choices =
    vocabulary.get(key) ??
    (property.enum
      ? property.enum.map((value) => ({ id: String(value), name: ENUM_NAMES[String(value)] ?? String(value) }))
      : undefined);
  const field: FormField = { path, label, required, type: typeOf(property) };
  if (property.description) field.hint = property.description;
  if (choices) field.choices = choices;
  return [field];
}

function typeOf(property: Schema): FieldType {
  if (property.format === 'ngay') return 'date';
  if (property.type === 'array') return 'list';
  if (property.type === 'integer') return 'integer';
  if (property.type === 'boolean') return 'boolean';
  const types = Array.isArray(property.type) ? property.type : [property.type];
  return types.includes('number') ? 'number' : 'text';
}

function listOf(key: string, property: Schema, vocabulary: ReadonlyMap<string, Choice[]>, rubric?: Rubric): FormList {
  const item = property.items as Schema;
  const fields = Object.entries(item.properties ?? {}).flatMap(([child, schema]) =>
    fieldsOf([child], schema, item.required?.includes(child) ?? false, vocabulary, ''),
  );
  const list: FormList = { key, sheet: sheetName(property.title ?? key), fields, info: [], prefilled: [] };
  // A score sheet is the rubric itself: one row per scored line, its name and maximum beside it. The criterion is
  // the form's, not the unit's, so a row with nothing but its criterion is an unscored line and is not imported.
  const criterion = key === 'diem' ? fields.find((f) => f.path.join('.') === 'tieu_chi') : undefined;
  if (criterion) criterion.locked = true;
  if (criterion && rubric) {
    list.prefilled = rubric.leaves.map((leaf) => ({ [criterion.label]: leaf.id }));
    list.info = [
      { label: 'Nội dung tiêu chí', values: rubric.leaves.map((leaf) => leaf.name) },
      { label: 'Điểm tối đa', values: rubric.leaves.map((leaf) => leaf.max / 100) },
    ];
  }
  return list;
}

// Excel sheet names: at most 31 characters, none of : \ / ? * [ ].
const sheetName = (title: string) =>
  title
    .replace(/[:\\/?*[\]]/g, ' ')
    .slice(0, 31)
    .trim();

const ENUM_NAMES: Record<string, string> = {
  nam: 'Nam',
  nu: 'Nữ',
  'tap-the': 'Tập thể',
  'ca-nhan': 'Cá nhân',
  '6-thang': '6 tháng',
  'ca-nam': 'Cả năm',
  'duy-tri': 'Duy trì',
  'nang-chat': 'Nâng chất',
  'cong-nhan-lai': 'Công nhận lại',
  'thanh-loai': 'Thanh loại',
};

// The plan's own lists, by the key that holds them in every kind of file.
function vocabularyOf(input: FormInput): Map<string, Choice[]> {
  const { plan } = input;
  const map = new Map<string, Choice[]>();
  if (input.units.length > 0) map.set('ma_don_vi', [...input.units]);
  if (plan.fields.length > 0) map.set('linh_vuc', plan.fields);
  if (plan.contentGroups.length > 0) map.set('nhom', plan.contentGroups);
  if (plan.awardTypes.length > 0) map.set('hinh_thuc', plan.awardTypes);
  if (plan.reportPeriods.length > 0)
    map.set(
      'ky_bao_cao',
      plan.reportPeriods.map((id) => ({ id, name: ENUM_NAMES[id] ?? id })),
    );
  if (input.rubric) map.set('bo_tieu_chi', [{ id: input.rubric.id, name: input.rubric.name }]);
  return map;
}

function instructionsFor(input: FormInput, lists: readonly FormList[]): string[] {
  const { plan } = input;
  const deadlines = plan.deadlines
    .filter((d) => (d.appliesTo as readonly string[]).includes(input.kind))
    .map((d) => `${d.name}: ${d.inclusive ? 'chậm nhất ngày' : 'trước ngày'} ${d.date.split('-').reverse().join('/')}`);
  const unit = input.unit;
  const categories = unit?.categoryId ? plan.categories.filter((c) => c.id === unit.categoryId) : plan.categories;
  const quotas = categories.flatMap((category) =>
    (['tap-the', 'ca-nhan'] as const).flatMap((subject) => {
      const quota = category.quotas[subject];
      if (!quota || input.kind !== 'dang-ky') return [];
      const mode = quota.mode === 'dung' ? 'đúng' : quota.mode === 'toi-thieu' ? 'ít nhất' : 'nhiều nhất';
      return [`${category.name}: ${mode} ${quota.count} ${subject === 'tap-the' ? 'mô hình tập thể' : 'cá nhân'}`];
    }),
  );
  return [
    `Kế hoạch: ${plan.title} (mã ${plan.id}).`,
    `Loại hồ sơ: ${input.kindTitle}.`,
    ...(unit ? [`Đơn vị: ${unit.name} (mã ${unit.code}).`] : []),
    'Điền trang "Thông tin chung" (mỗi dòng một mục; mục có dấu * là bắt buộc), rồi từng trang danh sách, mỗi dòng một mục.',
    ...lists.map((list) => `Trang "${list.sheet}": ${list.fields.map((f) => f.label).join('; ')}.`),
    'Ô có danh sách chọn: chọn tên trong danh sách (danvan tự đổi sang mã). Ngày: gõ ngày/tháng/năm, ví dụ 15/04/2025.',
    'Mã (mã đơn vị, mã mô hình, tiêu chí) là chữ: giữ nguyên số 0 ở đầu (001).',
    'Không đổi tên trang, không xóa hay đổi tiêu đề cột; có thể thêm dòng. Không dùng công thức.',
    ...(deadlines.length ? ['Hạn nộp:', ...deadlines] : []),
    ...(quotas.length ? ['Chỉ tiêu đăng ký:', ...quotas] : []),
    'Gửi lại tệp .xlsx này (không đổi sang .xls hay PDF), không đặt mật khẩu.',
  ];
}
