import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../messages/catalog.js';
import { loadDossierTemplates, SHIPPED_TEMPLATES, unreadTemplateFindings } from './dossier-templates.js';

const param = (f: Finding | undefined, key: string): unknown =>
  (f?.params as Record<string, unknown> | undefined)?.[key];

describe('unreadTemplateFindings', () => {
  it('warns about each YAML file of the folder danvan does not read, with the template meant, and no other file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-mau-'));
    const files = [
      'to-trinh.yaml',
      'To-Trinh.yaml',
      'bien_ban.yaml',
      'cham-diem.YML',
      'ke-hoach-2026.yaml',
      'bien-ban - Copy.yaml',
    ];
    mkdirSync(join(dir, 'sua'));
    for (const file of [...files, 'bao-cao.yaml.bak', 'ghi-chu.txt', 'bao-cao.yaml.txt', join('sua', 'bien-ban.yaml')])
      writeFileSync(join(dir, file), 'x: 1\n');
    mkdirSync(join(dir, 'cu.yml')); // a folder is not a file the officer edited
    const findings = await unreadTemplateFindings(dir);
    expect(findings.map((f) => [f.at.file, param(f, 'suggestion'), f.severity ?? 'rule default'])).toEqual([
      [join(dir, 'To-Trinh.yaml'), 'to-trinh.yaml', 'rule default'],
      [join(dir, 'bao-cao.yaml.txt'), 'bao-cao.yaml', 'rule default'],
      [join(dir, 'bien-ban - Copy.yaml'), 'bien-ban.yaml', 'rule default'],
      [join(dir, 'bien_ban.yaml'), 'bien-ban.yaml', 'rule default'],
      [join(dir, 'cham-diem.YML'), 'cham-diem.yaml', 'rule default'],
      [join(dir, 'ke-hoach-2026.yaml'), undefined, 'rule default'],
      [join(dir, 'sua', 'bien-ban.yaml'), 'bien-ban.yaml', 'rule default'], // in a folder of its own: not read either
    ]);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['dossier/template-not-read']));
    expect(String(param(findings[0], 'names'))).toContain('bao-cao-tong-hop.yaml');
  });

  it('says nothing for a folder that holds only templates, or that cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-mau-'));
    writeFileSync(join(dir, 'bao-cao-tong-hop.yaml'), 'x: 1\n');
    expect(await unreadTemplateFindings(dir)).toEqual([]);
    expect(await unreadTemplateFindings(join(dir, 'khong-co'))).toEqual([]);
  });
});

describe('loadDossierTemplates: a campaign template it cannot read is said where it is, never skipped', () => {
  it('reads UTF-16 (Notepad "Unicode") and UTF-8 with a BOM as the same wording', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-mau-'));
    const text = readFileSync(join(SHIPPED_TEMPLATES, 'bao-cao.yaml'), 'utf8');
    writeFileSync(join(dir, 'bao-cao.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(
      join(dir, 'bien-ban.yaml'),
      `\uFEFF${readFileSync(join(SHIPPED_TEMPLATES, 'bien-ban.yaml'), 'utf8')}`,
    );
    const { templates, findings } = await loadDossierTemplates(dir);
    expect(findings).toEqual([]);
    const shipped = await loadDossierTemplates(undefined);
    expect(templates['bao-cao'].path).toBe(join(dir, 'bao-cao.yaml'));
    expect(templates['bao-cao'].data).toEqual(shipped.templates['bao-cao'].data);
    expect(templates['bien-ban'].data).toEqual(shipped.templates['bien-ban'].data);
  });

  it('refuses a Windows-1258 file, garbled UTF-8, a folder and a broken link under a template name, each as an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-mau-'));
    // "Chủ trì" in Windows-1258 (Notepad's "ANSI" on Vietnamese Windows): ủ is 0xF2 0xDE there, not UTF-8.
    writeFileSync(
      join(dir, 'bien-ban.yaml'),
      Buffer.from([0x61, 0x3a, 0x20, 0x43, 0x68, 0xf2, 0xde, 0x20, 0x74, 0x72, 0xec, 0x0a]),
    );
    mkdirSync(join(dir, 'to-trinh.yaml'));
    symlinkSync(join(dir, 'khong-con.yaml'), join(dir, 'cham-diem.yaml'));
    execFileSync('mkfifo', [join(dir, 'to-trinh-tong-hop.yaml')]); // read, it would block the run for ever
    symlinkSync(join(dir, 'bao-cao-tong-hop.yaml'), join(dir, 'bao-cao-tong-hop.yaml'));
    // UTF-8 once taken for Windows-1252 and saved again by an editor: "Về việc" became "Vá»� viá»‡c".
    const shipped = readFileSync(join(SHIPPED_TEMPLATES, 'bao-cao.yaml'));
    writeFileSync(join(dir, 'bao-cao.yaml'), Buffer.from(new TextDecoder('windows-1252').decode(shipped), 'utf8'));
    const { findings } = await loadDossierTemplates(dir);
    // In TEMPLATE_NAMES' order, whichever file was read first.
    expect(findings.map((f) => [f.ruleId, f.at.file, param(f, 'reason')])).toEqual([
      ['dossier/template-unreadable', join(dir, 'to-trinh.yaml'), 'folder'],
      ['dossier/template-unreadable', join(dir, 'to-trinh-tong-hop.yaml'), 'not-a-file'],
      ['encoding/legacy-vietnamese', join(dir, 'bien-ban.yaml'), undefined],
      ['encoding/mojibake', join(dir, 'bao-cao.yaml'), undefined],
      ['dossier/template-unreadable', join(dir, 'cham-diem.yaml'), 'broken-link'],
      ['dossier/template-unreadable', join(dir, 'bao-cao-tong-hop.yaml'), 'loop'],
    ]);
    expect(findings[2]?.span?.start).toEqual({ line: 1, column: 6 });
    expect(findings[2]?.params).toMatchObject({ template: true }); // "save the template again", not "send it again"
  });

  it('points at the stray brace and at the placeholder itself, not where their long text begins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-mau-'));
    const shipped = readFileSync(join(SHIPPED_TEMPLATES, 'to-trinh.yaml'), 'utf8');
    const text = shipped
      .replace('Thực hiện {ke_hoach}', 'Thực hiện {{ke_hoach}}')
      .replace(/^(noi_nhan:\n {2}- )(.*)$/m, '$1$2 {nam}');
    writeFileSync(join(dir, 'to-trinh.yaml'), text);
    const where = (token: string) => {
      const before = text.slice(0, text.indexOf(token));
      return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
    };
    const { findings } = await loadDossierTemplates(dir);
    const at = (rule: string) => findings.find((f) => f.ruleId === rule)?.span?.start;
    expect(at('dossier/stray-brace')).toEqual(where('{{ke_hoach}}'));
    const line = where('Như trên {nam}');
    expect(at('dossier/placeholder-not-filled')).toEqual({ ...line, column: line.column + 'Như trên '.length });
  });
});
