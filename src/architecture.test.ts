import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file: file.split('\\').join('/'), text: readFileSync(join(SRC, file), 'utf8') }));
const importsOf = (text: string) => [...text.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);
const layerOf = (from: string, spec: string) =>
  spec.startsWith('.')
    ? relative(SRC, join(SRC, from, '..', spec))
        .split('\\')
        .join('/')
        .split('/')[0]
    : spec;

it('keeps the pure core pure', () => {
  for (const { file, text } of sources.filter((s) => s.file.startsWith('core/'))) {
    for (const spec of importsOf(text)) {
      const target = layerOf(file, spec);
      expect(
        ['core', 'diagnostics', 'messages'].includes(target ?? '') || spec.startsWith('date-fns/'),
        `${file} → ${spec}`,
      ).toBe(true);
    }
    expect(text, file).not.toMatch(/new Date\(|Date\.now\(|console\.|process\./);
  }
});

it('lets only io/ touch the file system and only cli/ touch process', () => {
  for (const { file, text } of sources) {
    if (!file.startsWith('io/'))
      expect(
        importsOf(text).some((s) => s === 'node:fs' || s === 'node:fs/promises'),
        file,
      ).toBe(false);
    if (!file.startsWith('cli/')) expect(text, file).not.toMatch(/process\.(exit|stdout|stderr|argv|env)/);
  }
});

it('keeps formatters and app free of printing, and app free of cli', () => {
  for (const { file, text } of sources.filter((s) => s.file.startsWith('report/') || s.file.startsWith('app/'))) {
    expect(text, file).not.toMatch(/console\.|process\.stdout/);
    expect(
      importsOf(text).some((spec) => layerOf(file, spec) === 'cli'),
      file,
    ).toBe(false);
  }
});

it('nothing calls process.exit', () => {
  for (const { file, text } of sources) expect(text, file).not.toMatch(/process\.exit\(/);
});

it('keeps exceljs, pdfkit and pdf-lib inside the render adapters', () => {
  for (const { file, text } of sources) {
    // Drawing the summary and the intake form (a filled form is read back by io/read-xlsx.ts without exceljs).
    const excel = ['render/xlsx.ts', 'render/form-xlsx.ts'];
    if (!excel.includes(file)) expect(importsOf(text).includes('exceljs'), file).toBe(false);
    if (file !== 'render/pdf.ts' && file !== 'render/pdf-fonts.ts')
      expect(importsOf(text).includes('pdfkit'), file).toBe(false);
    if (file !== 'render/pdf-assemble.ts') expect(importsOf(text).includes('pdf-lib'), file).toBe(false);
  }
});

it('keeps lower layers from importing higher ones: render/, io/, decode/ never import app/ or cli/', () => {
  for (const { file, text } of sources.filter((s) => /^(render|io|decode|schema|report)\//.test(s.file))) {
    for (const spec of importsOf(text)) expect(['app', 'cli'], `${file} → ${spec}`).not.toContain(layerOf(file, spec));
  }
});

it('has no import cycle through cli/main.ts: commands import what they need from beside it', () => {
  for (const { file, text } of sources.filter((s) => s.file.startsWith('cli/commands/'))) {
    expect(
      importsOf(text).some((spec) => spec === '../main.js'),
      file,
    ).toBe(false);
  }
});

it('loads no Excel writer for a dossier: exceljs costs 0.4 s of start-up a run (docs/PERFORMANCE.md)', () => {
  // Every module `danvan dossier` can load, statically or through import(), from its command file.
  const byFile = new Map(sources.map((s) => [s.file, s.text]));
  const everyImport = (text: string) => [
    ...importsOf(text),
    ...[...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] as string),
  ];
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const spec of everyImport(byFile.get(file) ?? ''))
      if (spec.startsWith('.'))
        visit(
          relative(SRC, join(SRC, file, '..', spec.replace(/\.js$/, '.ts')))
            .split('\\')
            .join('/'),
        );
  };
  visit('cli/commands/dossier.ts');
  expect(reached.has('app/build-dossiers.ts')).toBe(true);
  expect(reached.has('render/docx.ts')).toBe(true);
  expect([...reached].filter((file) => everyImport(byFile.get(file) ?? '').includes('exceljs'))).toEqual([]);
});
