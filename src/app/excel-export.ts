import type { ConsolidatedReportTemplate } from '../render/consolidated-report-model.js';
import { buildWorkbookModel } from '../render/workbook-model.js';
import type { SignatureOptions } from '../render/workbook-model.js';
import { renderWorkbookXlsx } from '../render/xlsx.js';
import type { Consolidation } from './consolidation.js';
import { readShippedTemplate } from './dossier-templates.js';

/**
 * The print-ready summary workbook; the signature names come from the command's options, the review outcomes' names
 * from the consolidated report's template, so both documents name them alike.
 */
export async function renderExcel(consolidation: Consolidation, signatures: SignatureOptions = {}): Promise<Buffer> {
  const { ra_soat } = await readShippedTemplate<ConsolidatedReportTemplate>('bao-cao-tong-hop');
  return renderWorkbookXlsx(buildWorkbookModel(consolidation, ra_soat, signatures));
}
