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
  [/^error: too many arguments.*/, 'lỗi: thừa tham số'],
  [/\(Did you mean (.*)\?\)/, '(Có phải ý bạn là $1?)'],
];

export function translateCommanderError(text: string): string {
  return ERRORS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
