import { ANSWER_CHECKS, cleanAnswer, tooLongForPlan } from '../app/init-answer-checks.js';
import { loadInitPlan, unitTypeError } from '../app/init-folder.js';
import type { InitAnswers, InitPlan } from '../app/init-folder.js';
import { listPresetPlans } from '../app/list-plans.js';
import { nearestPlanId, padUnitCode } from '../core/unit-types.js';
import { UsageError } from '../diagnostics/usage-error.js';
import type { Lang } from '../messages/catalog.js';
import { INIT_QUESTIONS, PROMPT_KEY_HINTS } from '../messages/ui.js';
import { escapeInvisible } from '../messages/invisible.js';
import { quotaSummary } from '../messages/usage.js';
import type { Io, Question } from './io.js';

export interface InitOptions {
  plan?: string;
  unit?: string;
  unitName?: string;
  unitType?: string;
  contact?: string;
  phone?: string;
  force?: boolean;
}

type Known = { [K in keyof InitAnswers]?: InitAnswers[K] };

const USAGE_HINT = 'danvan init <thư_mục> --plan <mã> --unit-name <tên> [--unit <mã>] [--unit-type <loại>]';
const REQUIRED = ['dir', 'unitName', 'unitType'] as const;

/**
 * What init needs, from the options first; on a terminal, whatever they leave out is asked (the plan list starting
 * on a plan typed in part). Off a terminal a missing answer is a usage error naming it: no placeholder name is
 * written and no unit type guessed, since the type decides the unit's quota.
 */
export async function gatherInitAnswers(
  dir: string | undefined,
  options: InitOptions,
  io: Io,
  lang: Lang,
): Promise<{ init: InitPlan; answers: InitAnswers }> {
  const canAsk = io.stdinIsTTY && io.stdoutIsTTY;
  for (const [value, rule] of [
    [options.unit, ANSWER_CHECKS.unitCode],
    [options.phone, ANSWER_CHECKS.phone],
  ] as const) {
    const verdict = value === undefined ? true : rule(value, lang);
    if (verdict !== true) throw new UsageError('bad-option', `${value}: ${verdict}`);
  }
  if (options.unitName !== undefined && cleanAnswer(options.unitName) === '')
    throw new UsageError('empty-unit-name', visibleQuoted(options.unitName));
  const init = await choosePlan(options.plan, canAsk, io, lang);
  const known = knownAnswers(dir, options, init);
  refuseLongCode(known.unitCode, init);
  const missing = REQUIRED.filter((name) => known[name] === undefined);
  const codeDefault = padUnitCode('1', init.plan.unitCodeDigits ?? 3);
  if (missing.length === 0)
    return { init, answers: { ...known, unitCode: known.unitCode ?? codeDefault } as InitAnswers };
  if (!canAsk)
    throw missing.length === 1 && missing[0] === 'unitType'
      ? unitTypeError(init, undefined)
      : new UsageError('no-tty', USAGE_HINT);
  const asked = await io.prompt(questionsFor(init, lang, codeDefault).filter((q) => !(q.name in known)));
  const answer = (name: keyof InitAnswers) => known[name] ?? (cleanAnswer(asked[name] ?? '') || undefined);
  refuseLongCode(answer('unitCode'), init);
  return {
    init,
    answers: {
      dir: answer('dir') ?? 'ho-so',
      unitCode: answer('unitCode') ?? codeDefault,
      unitName: answer('unitName') ?? '',
      unitType: answer('unitType') ?? '',
      ...optional('contactName', answer('contactName')),
      ...optional('phone', answer('phone')),
    },
  };
}

// Only what was given (a plan with one unit type, or none, answers the type itself): absent keys are asked.
function knownAnswers(dir: string | undefined, options: InitOptions, init: InitPlan): Known {
  const unitType = options.unitType ?? (init.choices.length <= 1 ? (init.choices[0]?.type ?? '') : undefined);
  return {
    ...optional('dir', dir),
    ...optional('unitCode', options.unit),
    ...optional('unitName', options.unitName === undefined ? undefined : cleanAnswer(options.unitName)),
    ...(unitType === undefined ? {} : { unitType }),
    ...optional('contactName', options.contact === undefined ? undefined : cleanAnswer(options.contact)),
    ...optional('phone', options.phone),
  };
}

// ‹U+200B› rather than a quote pair that looks empty, as every message shows such characters: the officer must see
// what was typed.
const visibleQuoted = (value: string): string => `"${escapeInvisible(value)}"`;

function refuseLongCode(code: string | undefined, init: InitPlan): void {
  const digits = init.plan.unitCodeDigits;
  if (code !== undefined && tooLongForPlan(code, digits))
    throw new UsageError('unit-code-width', `${code.trim()}\u0000${digits}\u0000${init.plan.id}`);
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  value ? ({ [key]: value } as Record<K, string>) : {};

function questionsFor(init: InitPlan, lang: Lang, codeDefault: string): Question[] {
  const label = INIT_QUESTIONS[lang];
  const check = (rule: (value: string, lang: Lang) => true | string) => (value: string) => rule(value, lang);
  const quota = (quotas: InitPlan['choices'][number]['category']['quotas']) => {
    const text = quotaSummary(quotas, lang);
    return text ? ` (${text})` : '';
  };
  return [
    { name: 'dir', message: label.dir, default: 'ho-so', validate: check(ANSWER_CHECKS.required) },
    { name: 'unitCode', message: label.unitCode, default: codeDefault, validate: check(ANSWER_CHECKS.unitCode) },
    { name: 'unitName', message: label.unitName, validate: check(ANSWER_CHECKS.required) },
    {
      name: 'unitType',
      message: label.unitType,
      keyHints: PROMPT_KEY_HINTS[lang],
      choices: init.choices.map(({ type, category }) => ({
        name: `${type} — ${category.name}${quota(category.quotas)}`,
        value: type,
      })),
    },
    { name: 'contactName', message: label.contactName },
    { name: 'phone', message: label.phone, validate: check(ANSWER_CHECKS.phone) },
  ];
}

// --plan that loads is used as given; one typed in part ("vinh-long") opens the list on the nearest preset.
async function choosePlan(plan: string | undefined, canAsk: boolean, io: Io, lang: Lang): Promise<InitPlan> {
  if (plan !== undefined) {
    const loaded = await loadInitPlan(plan, io.cwd).catch((error: unknown) => {
      if (canAsk && error instanceof UsageError && error.reason === 'plan-not-found') return undefined;
      throw error;
    });
    if (loaded) return loaded;
  } else if (!canAsk) throw new UsageError('no-tty', USAGE_HINT);
  const plans = await listPresetPlans(io.cwd);
  const start =
    plan === undefined
      ? undefined
      : nearestPlanId(
          plans.map((p) => p.id),
          plan,
        );
  const asked = await io.prompt([
    {
      name: 'plan',
      message: INIT_QUESTIONS[lang].plan,
      keyHints: PROMPT_KEY_HINTS[lang],
      choices: plans.map((p) => ({ name: `${p.id} — ${p.issuer}`, value: p.id })),
      ...(start ? { default: start } : {}),
    },
  ]);
  return loadInitPlan(asked.plan ?? '', io.cwd);
}
