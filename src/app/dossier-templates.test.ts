import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../messages/catalog.js';
import { unreadTemplateFindings } from './dossier-templates.js';

const param = (f: Finding | undefined, key: string): unknown =>
  (f?.params as Record<string, unknown> | undefined)?.[key];

describe('unreadTemplateFindings', () => {
  it('warns about each YAML file of the folder danvan does not read, with the template meant, and no other file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-mau-'));
    const files = ['to-trinh.yaml', 'To-Trinh.yaml', 'bien_ban.yaml', 'cham-diem.YML', 'ke-hoach-2026.yaml'];
    for (const file of [...files, 'bao-cao.yaml.bak', 'ghi-chu.txt']) writeFileSync(join(dir, file), 'x: 1\n');
    mkdirSync(join(dir, 'bao-cao.yml')); // a folder is not a file the officer edited
    const findings = await unreadTemplateFindings(dir);
    expect(findings.map((f) => [f.at.file, param(f, 'suggestion'), f.severity ?? 'rule default'])).toEqual([
      [join(dir, 'To-Trinh.yaml'), 'to-trinh.yaml', 'rule default'],
      [join(dir, 'bien_ban.yaml'), 'bien-ban.yaml', 'rule default'],
      [join(dir, 'cham-diem.YML'), 'cham-diem.yaml', 'rule default'],
      [join(dir, 'ke-hoach-2026.yaml'), undefined, 'rule default'],
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
