import { Help } from 'commander';
import type { Command, Option } from 'commander';

const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Arguments:': 'Tham số:',
  'Commands:': 'Lệnh:',
  'Global Options:': 'Tùy chọn chung:',
};

/** Commander prints its help frame in English; officers read Vietnamese. */
export class VietnameseHelp extends Help {
  override styleTitle(title: string): string {
    return TITLES[title] ?? title;
  }

  override optionDescription(option: Option): string {
    const extras: string[] = [];
    if (option.argChoices) extras.push(`chọn một trong: ${option.argChoices.join(', ')}`);
    if (option.defaultValue !== undefined && !option.negate) extras.push(`mặc định: ${String(option.defaultValue)}`);
    return extras.length > 0 ? `${option.description} (${extras.join('; ')})` : option.description;
  }

  override subcommandTerm(command: Command): string {
    return super.subcommandTerm(command).replace('[options]', '[tùy chọn]');
  }

  override commandUsage(command: Command): string {
    return super.commandUsage(command).replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');
  }
}

const ERRORS: [RegExp, string][] = [
  [/^error: unknown option '(.*)'/, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '(.*)'/, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '(.*)'/, "lỗi: thiếu tham số bắt buộc '$1'"],
  [/^error: option '(.*)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./,
    "lỗi: giá trị '$2' của '$1' không hợp lệ; chọn một trong: $3.",
  ],
  [/^error: option '(.*)' argument '(.*)' is invalid\./, "lỗi: giá trị '$2' của '$1' không hợp lệ."],
  [/^error: required option '(.*)' not specified/, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
  [
    /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\./,
    "lỗi: thừa tham số cho lệnh '$1' (cần $2, nhận $3)",
  ],
  [/^error: too many arguments.*/, 'lỗi: thừa tham số'],
  [/^error: (.*) cannot be used with (.*)/, 'lỗi: $1 không dùng cùng $2'],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.*)'\./,
    "lỗi: giá trị '$1' của tham số '$2' không hợp lệ.",
  ],
  [
    /^error: option '(.*)' value '(.*)' from env '(.*)' is invalid\./,
    "lỗi: giá trị '$2' của '$1' (biến $3) không hợp lệ.",
  ],
  [/\(Did you mean (.*)\?\)/, '(Có phải ý bạn là $1?)'],
  [/^error: /, 'lỗi: '], // any message commander adds later still opens in Vietnamese
];

/** The language of a commander error, decided before options are parsed: --lang en / --lang=en, then DANVAN_LANG. */
export function langOfArgv(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): 'vi' | 'en' {
  const index = argv.lastIndexOf('--lang');
  const inline = argv.filter((arg) => arg.startsWith('--lang=')).pop();
  const value = index >= 0 ? argv[index + 1] : inline?.slice('--lang='.length);
  if (value === 'en' || value === 'vi') return value;
  return env.DANVAN_LANG === 'en' ? 'en' : 'vi';
}

// An option parser runs before the language is known, so it says what is wrong in both languages (argumentProblem)
// and the error's printer keeps the reader's.
const [OPEN, BETWEEN, CLOSE] = ['\u001e', '\u001f', '\u001d'];
const TWO_SIDES = new RegExp(`${OPEN}([^${BETWEEN}]*)${BETWEEN}([^${CLOSE}]*)${CLOSE}`, 'g');

/** The message of an option parser's InvalidArgumentError, in both languages; commanderError keeps one. */
export const argumentProblem = (vi: string, en: string): string => `${OPEN}${vi}${BETWEEN}${en}${CLOSE}`;

/** A commander error as printed: in Vietnamese (translateCommanderError) or English, option problems in the same. */
export function commanderError(text: string, lang: 'vi' | 'en'): string {
  const oneSide = text.replace(TWO_SIDES, (_, vi: string, en: string) => (lang === 'en' ? en : vi));
  return lang === 'en' ? oneSide : translateCommanderError(oneSide);
}

export function translateCommanderError(text: string): string {
  return ERRORS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
