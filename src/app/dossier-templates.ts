import { basename, join } from 'node:path';
import { offsetAt, positionAt } from '../diagnostics/text-position.js';
import type { Span } from '../diagnostics/types.js';
import { CAMPAIGN_TEMPLATES_FOLDER, folderFiles, lstatOrUndefined, statOrUndefined } from '../io/discover.js';
import { parseYamlText } from '../io/load-yaml.js';
import { decodeBytes, encodingFinding } from '../io/decode-bytes.js';
import { readBytesFile, readTextFile } from '../io/read-file.js';
import { writeOutputAtomic } from '../io/write-output.js';
import { isError } from '../messages/catalog.js';
import type { Finding } from '../messages/catalog.js';
import { packageRoot } from '../paths.js';
import { closestMatch } from '../core/similarity.js';
import {
  firstStrayBrace,
  listedPlaceholders,
  strayBraceFindings,
  templateShapeFindings,
  unfilledPlaceholderFindings,
  unlistedPlaceholders,
} from './template-shape.js';

/** The documents' wording files, by name, as shipped in templates/dossier and as a campaign's mau-van-ban/ overrides them. */
export const TEMPLATE_NAMES = [
  'to-trinh',
  'to-trinh-tong-hop',
  'bien-ban',
  'bao-cao',
  'cham-diem',
  'bao-cao-tong-hop',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

// The texts whose "{name}" the document builders fill (render/*-model.ts: fill, fillTemplate); every other text of a
// template is printed as written.
const TO_TRINH_FILLED = /^\/(trich_yeu|doan_van\/\d+|phu_luc\/tieu_de)$/;
const FILLED: Record<TemplateName, RegExp> = {
  'to-trinh': TO_TRINH_FILLED,
  'to-trinh-tong-hop': TO_TRINH_FILLED,
  'bien-ban': /^\/(trich_yeu|ket_thuc)$/,
  'bao-cao': /^\/trich_yeu$/,
  'cham-diem': /^\/(trich_yeu|xep_loai)$/,
  'bao-cao-tong-hop':
    /^\/(trich_yeu|mo_dau|phu_luc\/tieu_de|loi\/noi_dung|doan_van\/(bao_cao|han|khong_han|nhom|mo_hinh|ra_soat|phuong_huong|ket_thuc))$/,
};

export const SHIPPED_TEMPLATES = join(packageRoot, 'templates', 'dossier');

/** The path of a shipped template ("bao-cao-tong-hop" → templates/dossier/bao-cao-tong-hop.yaml). */
const shippedTemplatePath = (name: string): string => join(SHIPPED_TEMPLATES, `${name}.yaml`);

export interface LoadedTemplate {
  /** The file read: the campaign's own, or the shipped one. */
  path: string;
  text: string;
  data: unknown;
}

/**
 * Reads every template once: `<dir>/<name>.yaml` where the campaign has one, the shipped file otherwise (a campaign
 * overrides only what it changes). A campaign file that is not valid YAML, or not a mapping, is a located finding
 * (and the shipped wording is not silently used instead: the run stops, see buildDossiers). A file in `dir` that
 * looks like a template but is not one of these names is a warning (unreadTemplateFindings).
 */
export async function loadDossierTemplates(
  dir: string | undefined,
  names: readonly TemplateName[] = TEMPLATE_NAMES,
): Promise<{ templates: Record<TemplateName, LoadedTemplate>; findings: Finding[] }> {
  const loaded = await Promise.all(names.map((name) => loadTemplate(dir, name)));
  // In the names' order, whichever file was read first: the same folder always gives the same report.
  const findings = [...(dir ? await unreadTemplateFindings(dir) : []), ...loaded.flatMap((l) => l.findings)];
  const templates = Object.fromEntries(names.map((name, i) => [name, loaded[i]?.template]));
  return { templates: templates as Record<TemplateName, LoadedTemplate>, findings };
}

/**
 * One template, the campaign's own or the shipped one. The campaign's file must parse (its YAML errors, located) and
 * keep the shipped file's fields and their kinds (templateShapeFindings, located here: a renamed or retyped field
 * would otherwise stop the drawing with no place to look). Its warnings (an unknown field) are kept with the errors.
 */
async function loadTemplate(
  dir: string | undefined,
  name: TemplateName,
): Promise<{ template: LoadedTemplate; findings: Finding[] }> {
  const shippedPath = shippedTemplatePath(name);
  const shippedText = await readTextFile(shippedPath);
  const shipped = { path: shippedPath, text: shippedText, data: parseYamlText(shippedPath, shippedText).data };
  // lstat: a folder or a broken link under a template's name is the officer's, and must be said, not skipped.
  const path = dir ? join(dir, `${name}.yaml`) : undefined;
  if (!path || !lstatOrUndefined(path)) return { template: shipped, findings: [] };
  const read = await readTemplateText(path);
  if ('finding' in read) return { template: shipped, findings: [read.finding] };
  const loaded = parseYamlText(path, read.text);
  const template = { path, text: loaded.text, data: loaded.data };
  const syntax = loaded.findings.filter(isError);
  if (syntax.length > 0) return { template, findings: syntax };
  const problems = [
    ...templateShapeFindings(shipped.data, loaded.data, path),
    ...strayBraceFindings(loaded.data, path),
    ...unfilledPlaceholderFindings(loaded.data, FILLED[name], path),
  ];
  const findings: Finding[] = problems.map((f) => {
    const span = loaded.locate(f.at.pointer, f.onKey);
    // A brace or a placeholder inside a long text: at the brace itself, not where the text begins.
    const within =
      f.ruleId === 'dossier/stray-brace'
        ? (slice: string) => firstStrayBrace(slice)?.index
        : f.ruleId === 'dossier/placeholder-not-filled'
          ? (slice: string) => slice.indexOf(`{${f.params.placeholder}}`)
          : undefined;
    return { ...f, span: within ? narrowed(loaded.text, span, within) : span };
  });
  // A placeholder the shipped file does not list is one no document can fill: said now, with the other problems,
  // not after they are mended and a unit's document is made.
  const listed = listedPlaceholders(shipped.text);
  findings.push(...placeholderFindings(template, 'template', unlistedPlaceholders(loaded.data, FILLED[name], listed)));
  return { template, findings };
}

/**
 * A campaign template's text, decoded as validate decodes a submission (UTF-8 with or without BOM, UTF-16 with or
 * without BOM), or the located finding that says why it cannot be: a Windows-1258 file (encoding/legacy-vietnamese),
 * bytes that are not text, a folder, a broken link, no permission (dossier/template-unreadable).
 */
async function readTemplateText(path: string): Promise<{ text: string } | { finding: Finding }> {
  // A pipe or a device under a template's name would block the read for ever.
  const kind = statOrUndefined(path);
  if (kind && !kind.isFile() && !kind.isDirectory()) {
    const at = { file: path, pointer: '' };
    return { finding: { ruleId: 'dossier/template-unreadable', params: { reason: 'not-a-file' }, at } };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBytesFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const reasons: Record<string, string> = {
      EISDIR: 'folder',
      ENOENT: 'broken-link',
      EACCES: 'denied',
      ELOOP: 'loop',
    };
    const reason = reasons[code] ?? code;
    return { finding: { ruleId: 'dossier/template-unreadable', params: { reason }, at: { file: path, pointer: '' } } };
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { text: decoded.text } : { finding: encodingFinding(path, decoded, 'template') };
}

// A template file is YAML; "to-trinh.yml", "To-Trinh.yaml", "to_trinh.yaml" or Notepad's "to-trinh.yaml.txt" is one the
// officer edited in vain.
const LOOKS_LIKE_TEMPLATE = /\.ya?ml(\.txt)?$/i;

/**
 * A warning (dossier/template-not-read) for each file in the campaign's templates folder, or in a folder inside it,
 * that looks like a template (.yaml or .yml in any case, also with Notepad's .txt after it) but is not `<name>.yaml`
 * for one of TEMPLATE_NAMES right in the folder: danvan does not read it, so the officer's wording in it would be lost
 * without a word. Suggests the name meant when it is close. Other files (notes, a .docx) are the officer's own and are
 * not mentioned.
 */
export async function unreadTemplateFindings(dir: string): Promise<Finding[]> {
  const read = new Set(TEMPLATE_NAMES.map((name) => `${name}.yaml`));
  return (await folderFiles(dir))
    .filter((file) => LOOKS_LIKE_TEMPLATE.test(file) && !read.has(file))
    .map((file): Finding => {
      const stem = basename(file)
        .replace(LOOKS_LIKE_TEMPLATE, '')
        .toLowerCase()
        .replace(/[_\s]+/g, '-');
      // "bien-ban - Copy", "to-trinh.yaml": the name it starts with; else the closest ("bien_ban" → "bien-ban").
      const suggestion =
        [...TEMPLATE_NAMES].sort((a, b) => b.length - a.length).find((name) => stem.startsWith(name)) ??
        closestMatch(stem, TEMPLATE_NAMES);
      return {
        ruleId: 'dossier/template-not-read',
        params: { file, names: [...read].join(', '), ...(suggestion ? { suggestion: `${suggestion}.yaml` } : {}) },
        at: { file: join(dir, file), pointer: '' },
      };
    });
}

/**
 * Which documents a placeholder finding is about: one unit's, the receiving body's own (summary Tờ trình, consolidated
 * report), or every document made from the template (a placeholder no document can fill, found before any is made).
 */
export type PlaceholderScope = { unit: string } | 'summary' | 'template';

/** Each placeholder a template names but danvan cannot fill (`scope`: whose document), at its first "{name}" in the file. */
export function placeholderFindings(
  template: LoadedTemplate,
  scope: PlaceholderScope,
  missing: readonly string[],
): Finding[] {
  return [...new Set(missing)].map((placeholder): Finding => {
    const offset = Math.max(0, firstUse(template.text, `{${placeholder}}`));
    const start = positionAt(template.text, offset);
    const end = positionAt(template.text, offset + placeholder.length + 2);
    return {
      ruleId: 'dossier/unknown-placeholder',
      params: {
        placeholder,
        ...(typeof scope === 'object' ? { unit: scope.unit } : scope === 'summary' ? { summary: true } : {}),
      },
      at: { file: template.path, pointer: '' },
      span: { start, end },
    };
  });
}

/** `span` moved to where `find` finds something in its text (an offset into it), or as it is when nothing is found. */
function narrowed(text: string, span: Span, find: (slice: string) => number | undefined): Span {
  const from = offsetAt(text, span.start);
  const at = find(text.slice(from, offsetAt(text, span.end)));
  if (at === undefined || at < 0) return span;
  const start = positionAt(text, from + at);
  return { start, end: { line: start.line, column: start.column + 1 } };
}

// Where a placeholder is used, not where the file's opening comment lists it.
function firstUse(text: string, token: string): number {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const at = line.trimStart().startsWith('#') ? -1 : line.indexOf(token);
    if (at >= 0) return lineStart + at;
    lineStart += line.length + 1;
  }
  return text.indexOf(token);
}

/** Copies every shipped template into `<folder>/mau-van-ban/` to start from; refuses to overwrite without force. */
export async function copyShippedTemplates(folder: string, force: boolean): Promise<string[]> {
  const target = join(folder, CAMPAIGN_TEMPLATES_FOLDER);
  const written: string[] = [];
  for (const name of TEMPLATE_NAMES) {
    const path = join(target, `${name}.yaml`);
    await writeOutputAtomic(path, await readTextFile(join(SHIPPED_TEMPLATES, `${name}.yaml`)), force);
    written.push(path);
  }
  return written;
}
