import type { ConsolidatedReportTemplate } from '../render/consolidated-report-model.js';
import { buildWorkbookModel } from '../render/workbook-model.js';
import type { SignatureOptions } from '../render/workbook-model.js';
import { renderWorkbookXlsx } from '../render/xlsx.js';
import type { Consolidation } from './consolidation.js';
import { isError } from '../messages/catalog.js';
import type { Finding } from '../messages/catalog.js';
import { loadDossierTemplates } from './dossier-templates.js';

/**
 * The print-ready summary workbook; the signature names come from the command's options, the review outcomes' names
 * ("Duy trì", "Kiện toàn, bổ sung"…) from the consolidated report's template, the campaign's own in `templatesDir`
 * when it has one (campaignTemplatesDir), so the workbook and the report name them alike. That template's problems
 * come back as located findings; with an error among them no workbook is made (`xlsx` absent), as no report would be.
 */
export async function renderExcel(
  consolidation: Consolidation,
  signatures: SignatureOptions = {},
  templatesDir?: string,
): Promise<{ xlsx?: Buffer; findings: Finding[] }> {
  const { templates, findings } = await loadDossierTemplates(templatesDir, ['bao-cao-tong-hop']);
  if (findings.some(isError)) return { findings };
  const { ra_soat } = templates['bao-cao-tong-hop'].data as ConsolidatedReportTemplate;
  return { xlsx: await renderWorkbookXlsx(buildWorkbookModel(consolidation, ra_soat, signatures)), findings };
}
