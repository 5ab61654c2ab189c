#!/usr/bin/env node
// Writes a synthetic award campaign of N units for the dossier benchmarks: the Vĩnh Long 2025 example campaign
// (examples/vinh-long-2025: plan, and per unit a registration, a report, a score sheet, a council record and an
// award proposal) cloned N times. Unit i copies example unit ((i - 1) mod 15) + 1 with the code "i" (four digits),
// its name numbered, and every person's and collective's name numbered the same way in all five of its files, so that
// votes still match nominees and no two units propose the same person. Same N, same bytes.
//
//   node bench/generate-campaign.mjs N [dir]      (default dir: bench/out/campaign-N)
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'vinh-long-2025');
const KINDS = ['dang-ky', 'bao-cao', 'cham-diem', 'bien-ban', 'de-nghi'];

/** The example units that carry a whole dossier (codes "001" to "015"), with their five files' text. */
function templates() {
  const units = [];
  for (let n = 1; n <= 15; n += 1) {
    const code = String(n).padStart(3, '0');
    const files = {};
    for (const kind of KINDS) {
      const name = readdirSync(join(EXAMPLE, kind)).find((file) => file.startsWith(`${code}-`));
      if (name) files[kind] = readFileSync(join(EXAMPLE, kind, name), 'utf8');
    }
    units.push({ code, files });
  }
  return units;
}

// A name typed in the files ("ho_ten: …", "ten: …" under a list item): numbered so that it is unique per unit.
const NAME_LINE = /^(\s*(?:- )?(?:ho_ten|ten|ten_mo_hinh): )(.+)$/gm;

/** The i-th unit's files: codes and names rewritten consistently. */
function cloneUnit(template, i) {
  const code = String(i).padStart(4, '0');
  const files = {};
  for (const [kind, text] of Object.entries(template.files)) {
    files[kind] = text
      .replaceAll(`ma_don_vi: "${template.code}"`, `ma_don_vi: "${code}"`)
      .replace(/^ten_don_vi: (.+)$/m, `ten_don_vi: $1 số ${i}`)
      .replace(NAME_LINE, (line, key, name) =>
        /^[>|]/.test(name) ? line : /^".*"$/.test(name) ? `${key}${name.slice(0, -1)} ${i}"` : `${key}${name} ${i}`,
      );
  }
  return { code, files };
}

function registry(templateRegistry, count) {
  // Keep the file's header lines (up to "don_vi:") and list the clones with the type of the unit they copy.
  const head = templateRegistry.slice(0, templateRegistry.indexOf('don_vi:'));
  const typeOf = (code) =>
    new RegExp(`- ma: "${code}"\\n\\s+ten: (.+)\\n\\s+loai_don_vi: (\\S+)`).exec(templateRegistry).slice(1, 3);
  const lines = ['don_vi:'];
  for (let i = 1; i <= count; i += 1) {
    const [name, type] = typeOf(String(((i - 1) % 15) + 1).padStart(3, '0'));
    lines.push(`  - ma: "${String(i).padStart(4, '0')}"`, `    ten: ${name} số ${i}`, `    loai_don_vi: ${type}`);
  }
  return `${head}${lines.join('\n')}\n`;
}

/** Writes the campaign into dir (replacing it) and returns dir. */
export function generateCampaign(count, dir = join(ROOT, 'bench', 'out', `campaign-${count}`)) {
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  for (const kind of KINDS) mkdirSync(join(dir, kind), { recursive: true });
  writeFileSync(join(dir, 'ke-hoach.yaml'), readFileSync(join(EXAMPLE, 'ke-hoach.yaml')));
  writeFileSync(
    join(dir, 'danh-muc-don-vi.yaml'),
    registry(readFileSync(join(EXAMPLE, 'danh-muc-don-vi.yaml'), 'utf8'), count),
  );
  const units = templates();
  for (let i = 1; i <= count; i += 1) {
    const unit = cloneUnit(units[(i - 1) % units.length], i);
    for (const [kind, text] of Object.entries(unit.files)) writeFileSync(join(dir, kind, `${unit.code}.yaml`), text);
  }
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 50);
  console.log(generateCampaign(count, process.argv[3]));
}
