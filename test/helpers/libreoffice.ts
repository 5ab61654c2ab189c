import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** LibreOffice is an optional tool on a developer's machine: tests that need it are skipped, with a note, without it. */
export const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

const require = createRequire(import.meta.url);
const tinosDir = dirname(dirname(require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf')));

/**
 * Converts files to PDF with LibreOffice in one batch, in its own profile (parallel runs on a shared machine would
 * otherwise hand work to each other's instance) and with a fontconfig that resolves "Times New Roman" to Tinos, the
 * metric-compatible face danvan embeds in its own PDFs: what an officer's machine with Times New Roman would lay out.
 * A machine without either font falls back to a wider face (DejaVu Serif), which would say nothing about the layout.
 */
export function convertWithLibreOffice(files: readonly string[], outDir: string, workDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const fontsConf = join(workDir, 'fonts.conf');
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${tinosDir}</dir>
  <cachedir>${join(workDir, 'fc-cache')}</cachedir>
  <alias binding="same"><family>Times New Roman</family><accept><family>Tinos</family></accept></alias>
</fontconfig>
`,
  );
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(workDir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: fontsConf }, timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
}
