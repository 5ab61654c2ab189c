import { dirname, join, resolve } from 'node:path';
import type { Consolidation } from '../core/consolidation.js';
import type { Position } from '../diagnostics/types.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { CAMPAIGN_TEMPLATES_FOLDER } from '../io/discover.js';
import { parseYamlText } from '../io/load-yaml.js';
import { readTextFile } from '../io/read-file.js';
import { firstExisting, writeOutputAtomic } from '../io/write-output.js';
import { defaultSeverity } from '../messages/catalog.js';
import type { Finding } from '../messages/catalog.js';
import { packageRoot } from '../paths.js';

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

export const SHIPPED_TEMPLATES = join(packageRoot, 'templates', 'dossier');

/** The path of a shipped template ("bao-cao-tong-hop" → templates/dossier/bao-cao-tong-hop.yaml). */
export const shippedTemplatePath = (name: string): string => join(SHIPPED_TEMPLATES, `${name}.yaml`);

/** A shipped template's data, for documents a campaign does not override (the consolidated report). */
export async function readShippedTemplate<T>(name: string): Promise<T> {
  const path = shippedTemplatePath(name);
  return parseYamlText(path, await readTextFile(path)).data as T;
}

export interface LoadedTemplate {
  /** The file read: the campaign's own, or the shipped one. */
  path: string;
  text: string;
  data: unknown;
}

/**
 * Reads every template once: `<dir>/<name>.yaml` where the campaign has one, the shipped file otherwise (a campaign
 * overrides only what it changes). A campaign file that is not valid YAML, or not a mapping, is a located finding
 * (and the shipped wording is not silently used instead: the run stops, see buildDossiers).
 */
export async function loadDossierTemplates(
  dir: string | undefined,
): Promise<{ templates: Record<TemplateName, LoadedTemplate>; findings: Finding[] }> {
  const findings: Finding[] = [];
  const entries = await Promise.all(
    TEMPLATE_NAMES.map(async (name) => {
      const own = dir ? join(dir, `${name}.yaml`) : undefined;
      const path = (own && firstExisting([own])) ?? join(SHIPPED_TEMPLATES, `${name}.yaml`);
      const loaded = parseYamlText(path, await readTextFile(path));
      findings.push(...loaded.findings.filter((f) => (f.severity ?? defaultSeverity(f.ruleId)) === 'error'));
      if (loaded.findings.length === 0 && (typeof loaded.data !== 'object' || loaded.data === null))
        findings.push({
          ruleId: 'schema/type',
          params: { expected: 'object', actual: loaded.data === null ? 'null' : typeof loaded.data },
          at: { file: path, pointer: '' },
        });
      return [name, { path, text: loaded.text, data: loaded.data }] as const;
    }),
  );
  return { templates: Object.fromEntries(entries) as Record<TemplateName, LoadedTemplate>, findings };
}

/** Each placeholder a template names but danvan cannot fill, at its first "{name}" in the template file. */
export function placeholderFindings(template: LoadedTemplate, unit: string, missing: readonly string[]): Finding[] {
  return [...new Set(missing)].map((placeholder): Finding => {
    const offset = Math.max(0, template.text.indexOf(`{${placeholder}}`));
    const start = positionAt(template.text, offset);
    const end = positionAt(template.text, offset + placeholder.length + 2);
    return {
      ruleId: 'dossier/unknown-placeholder',
      params: { placeholder, unit },
      at: { file: template.path, pointer: '' },
      span: { start, end },
    };
  });
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The campaign's templates folder: `explicit` when given (UsageError when it does not exist), otherwise mau-van-ban/ beside the plan file the
 * dataset was merged from, when there is one. Paths are resolved against `cwd`.
 */
export function campaignTemplatesDir(c: Consolidation, cwd: string, explicit?: string): string | undefined {
  if (explicit) {
    const dir = resolve(cwd, explicit);
    if (!firstExisting([dir])) throw new UsageError('path-not-found', dir);
    return dir;
  }
  const plan = c.sources.find((s) => s.kind === 'ke-hoach');
  const beside = plan ? join(dirname(resolve(cwd, plan.file)), CAMPAIGN_TEMPLATES_FOLDER) : undefined;
  return beside ? firstExisting([beside]) : undefined;
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
