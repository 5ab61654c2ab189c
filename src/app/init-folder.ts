import { readTextFile } from '../io/read-file.js';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { IsoDate } from '../core/dates.js';
import { formatDate } from '../core/dates.js';
import { lastOnTimeDay } from '../core/deadlines.js';
import type { Plan, Quota } from '../core/plan.js';
import { resolvePlanPath } from '../io/presets.js';
import { outputPathIn, safeFileStem } from '../io/output-path.js';
import { writeOutputAtomic } from '../io/write-output.js';
import { packageRoot } from '../paths.js';
import type { Lang } from '../messages/catalog.js';
import { loadPlanFile } from './load-plan.js';
import { UsageError } from '../diagnostics/usage-error.js';

export interface InitAnswers {
  plan: string;
  dir: string;
  unitCode: string;
  unitName: string;
  contactName?: string;
  phone?: string;
}

const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PHONE = /^[0-9+() .-]{8,20}$/;

/** Checks for the interactive answers, the same patterns the schemas enforce. */
export const ANSWER_CHECKS = {
  unitCode: (value: string, lang: Lang): true | string =>
    UNIT_CODE.test(value.trim()) ||
    (lang === 'vi'
      ? 'Mã chỉ gồm chữ, số, dấu chấm, gạch (ví dụ 001).'
      : 'Letters, digits, dots and dashes only (e.g. 001).'),
  required: (value: string, lang: Lang): true | string =>
    value.trim().length > 0 || (lang === 'vi' ? 'Không được để trống.' : 'Cannot be empty.'),
  phone: (value: string, lang: Lang): true | string =>
    value.trim() === '' ||
    PHONE.test(value.trim()) ||
    (lang === 'vi' ? 'Số điện thoại 8–20 chữ số (ví dụ 0270 3822 123).' : '8–20 digits (e.g. 0270 3822 123).'),
};

// Enough entries to meet the category's quota, so the example registration validates as it stands.
const sampleCount = (quota: Quota | undefined): number =>
  quota === undefined ? 1 : quota.mode === 'toi-da' ? Math.min(1, quota.count) : Math.max(quota.count, 0);

/** The year and sent date of the example: inside the plan's years and on time for the registration deadline. */
function exampleDates(plan: Plan, today: IsoDate): { year: number; sentOn: IsoDate } {
  const year = Math.min(plan.lastYear, Math.max(plan.firstYear, Number(today.slice(0, 4))));
  const deadline = plan.deadlines.find((d) => d.appliesTo.includes('dang-ky'));
  const latest = deadline ? lastOnTimeDay(deadline, year) : (`${year}-12-31` as IsoDate);
  return { year, sentOn: today <= latest ? today : latest };
}

/** Creates the working folder: the plan, a registry skeleton and one example registration. Never overwrites without force. */
export async function initFolder(answers: InitAnswers, cwd: string, today: IsoDate, force: boolean): Promise<string[]> {
  const planPath = await resolvePlanPath(answers.plan, cwd);
  const { plan } = await loadPlanFile(planPath, cwd);
  if (!plan) throw new UsageError('no-plan', 'init');
  const category = plan.categories[0];
  const unitType = category?.unitTypes[0] ?? 'don-vi';
  const { year, sentOn } = exampleDates(plan, today);
  const dir = resolve(cwd, answers.dir);
  // Editors resolve $schema from the file; point at this installation's schemas/ wherever the folder is.
  const schemaLine = (kind: string) =>
    `# yaml-language-server: $schema=${join(packageRoot, 'schemas', `${kind}.schema.json`)}\n`;
  const planText = (await readTextFile(planPath)).replace(
    /^# yaml-language-server: \$schema=.*\n/,
    schemaLine('ke-hoach'),
  );
  const registry = {
    loai: 'danh-muc-don-vi',
    phien_ban: 1,
    ke_hoach: plan.id,
    don_vi: [{ ma: answers.unitCode, ten: answers.unitName, loai_don_vi: unitType }],
  };
  const models = Array.from({ length: sampleCount(category?.quotas['tap-the']) }, (_, i) => ({
    ma: `MH${String(i + 1).padStart(2, '0')}`,
    ten_mo_hinh: `Tên mô hình ${i + 1} (thay bằng tên thật)`,
    linh_vuc: plan.fields[0]?.id ?? 'kinh-te',
  }));
  const people = Array.from({ length: sampleCount(category?.quotas['ca-nhan']) }, (_, i) => ({
    ho_ten: `Họ và tên cá nhân ${i + 1}`,
    chuc_vu: 'Chức vụ',
  }));
  const registration = {
    loai: 'dang-ky',
    phien_ban: 1,
    ke_hoach: plan.id,
    ma_don_vi: answers.unitCode,
    ten_don_vi: answers.unitName,
    nam: year,
    ngay_gui: formatDate(sentOn),
    ...(answers.contactName
      ? { lien_he: { ho_ten: answers.contactName, ...(answers.phone ? { dien_thoai: answers.phone } : {}) } }
      : {}),
    tap_the: models,
    ...(people.length > 0 ? { ca_nhan: people } : {}),
  };
  const files: [string, string][] = [
    [join(dir, 'ke-hoach.yaml'), planText],
    [join(dir, 'danh-muc-don-vi.yaml'), schemaLine('danh-muc-don-vi') + stringify(registry)],
    [
      outputPathIn(join(dir, 'dang-ky'), `${safeFileStem(answers.unitCode)}.yaml`),
      schemaLine('dang-ky') + stringify(registration),
    ],
  ];
  for (const [path, text] of files) await writeOutputAtomic(path, text, force);
  return files.map(([path]) => path);
}
