// npm run demo:all — every shipped plan's example campaign, end to end: validate, status, merge, Excel and the
// document that plan's officer sends up (danvan report; for Vĩnh Long also the award dossiers). Writes out/<plan>/.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/danvan.js', import.meta.url));

// "today" for each campaign: after its last file, so every deadline of the example year has passed.
const CAMPAIGNS = [
  { plan: 'vinh-long-2025', today: '31/12/2025', periods: ['ca-nam'], dossier: true },
  { plan: 'phuong-2026-2031', today: '01/12/2026', periods: ['ca-nam'] },
  { plan: 'xa-cong-van-2025-2030', today: '31/12/2025', periods: ['6-thang', 'ca-nam'] },
  { plan: 'vinh-chau-2025', today: '15/10/2025', periods: ['6-thang', 'ca-nam'] },
  { plan: 'bac-kan-vp-2023', today: '31/12/2023', periods: ['ca-nam'] },
];

function danvan(...args) {
  process.stdout.write(`\n$ danvan ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [BIN, ...args], { stdio: 'inherit' });
  // validate and status exit 1 when they find something to follow up; only usage errors (2) stop the demo.
  if (result.status === 2 || result.status === null) process.exit(2);
}

for (const { plan, today, periods, dossier } of CAMPAIGNS) {
  const inbox = `examples/${plan}`;
  const out = `out/${plan}`;
  danvan('validate', inbox, '--today', today);
  danvan('status', inbox, '--today', today);
  danvan('merge', inbox, '--out', `${out}/tong-hop.json`, '--force', '--today', today);
  danvan('excel', `${out}/tong-hop.json`, '--out', `${out}/tong-hop.xlsx`, '--force');
  for (const period of periods)
    danvan(
      'report',
      `${out}/tong-hop.json`,
      '--ky',
      period,
      '--out',
      `${out}/bao-cao-tong-hop-${period}.pdf`,
      '--xlsx',
      `${out}/bao-cao-tong-hop-${period}.xlsx`,
      '--force',
      '--today',
      today,
    );
  if (dossier) danvan('dossier', `${out}/tong-hop.json`, '--out', `${out}/ho-so`, '--force', '--today', today);
}
