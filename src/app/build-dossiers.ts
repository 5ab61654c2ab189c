import { join } from 'node:path';
import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { loadDossierFonts } from '../io/fonts.js';
import { parseYamlText } from '../io/load-yaml.js';
import { readTextFile } from '../io/read-file.js';
import { writeOutputAtomic } from '../io/write-output.js';
import { packageRoot } from '../paths.js';
import { buildToTrinh } from '../render/dossier-model.js';
import type { ToTrinhTemplate } from '../render/dossier-model.js';
import { renderDocumentsPdf } from '../render/pdf.js';
import type { Consolidation } from './consolidation.js';

export const TO_TRINH_TEMPLATE = join(packageRoot, 'templates', 'dossier', 'to-trinh.yaml');

export interface DossierProblem {
  unit: string;
  template: string;
  placeholders: string[];
}

export interface DossierRun {
  written: string[];
  problems: DossierProblem[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** One Tờ trình with its Phụ lục per unit that proposes awards (optionally only the listed units). */
export async function buildDossiers(
  c: Consolidation,
  outDir: string,
  units: readonly string[],
  force: boolean,
): Promise<DossierRun> {
  const template = parseYamlText(TO_TRINH_TEMPLATE, await readTextFile(TO_TRINH_TEMPLATE)).data as ToTrinhTemplate;
  const fonts = loadDossierFonts();
  const names = new Map(c.units.map((u) => [u.unit.code, u.unit.name]));
  const run: DossierRun = { written: [], problems: [] };
  const proposals = c.sources.filter((s) => s.state === 'effective' && s.kind === 'de-nghi-khen-thuong');
  for (const source of proposals) {
    const data = (parseYamlText(source.file, source.text).data ?? {}) as Record<string, unknown>;
    const unit = source.unit ?? '';
    if (units.length > 0 && !units.includes(unit)) continue;
    const signer = (data.nguoi_ky ?? {}) as Record<string, unknown>;
    const awardId = text(data.hinh_thuc) ?? '';
    const plan = c.plan;
    const { model, missing } = buildToTrinh(
      {
        governingBody: plan?.governingBody ?? plan?.issuer ?? '',
        unitName: names.get(unit) ?? text(data.ten_don_vi) ?? unit,
        number: text(data.so_hieu) ?? '',
        place: plan?.place ?? '',
        date: (toIsoDate(text(data.ngay_gui) ?? '') ?? c.today) as IsoDate,
        recipients: Array.isArray(data.kinh_gui) ? data.kinh_gui.map(String) : plan?.receiver ? [plan.receiver] : [],
        bases: plan ? [...plan.legalBases, `Kế hoạch ${plan.number ? `số ${plan.number} ` : ''}${plan.title}`] : [],
        award: plan?.awardTypes.find((a) => a.id === awardId)?.name ?? awardId,
        plan: {
          title: plan?.title ?? '',
          ...(plan?.number ? { number: plan.number } : {}),
          issuer: plan?.issuer ?? '',
        },
        year: typeof data.nam === 'number' ? data.nam : (source.year ?? 0),
        signer: {
          name: text(signer.ho_ten) ?? '',
          ...(text(signer.chuc_vu) ? { title: text(signer.chuc_vu) as string } : {}),
          ...(text(signer.tham_quyen) ? { authority: text(signer.tham_quyen) as string } : {}),
        },
        nominees: c.nominees.filter((n) => n.unit === unit && n.year === source.year),
      },
      template,
    );
    if (missing.length > 0) {
      run.problems.push({ unit, template: TO_TRINH_TEMPLATE, placeholders: [...new Set(missing)] });
      continue;
    }
    const path = join(outDir, `${unit}-to-trinh.pdf`);
    await writeOutputAtomic(
      path,
      await renderDocumentsPdf([model], fonts, `Tờ trình ${model.header.number ?? ''}`),
      force,
    );
    run.written.push(path);
  }
  return run;
}
