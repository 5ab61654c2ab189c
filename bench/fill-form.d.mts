/**
 * Fills a `danvan form` workbook with the content of a YAML data tree of the same kind, as a unit would: header
 * values by their row, list items row by row under the headings, choices by name. Returns the .xlsx bytes.
 */
export function fillForm(form: Uint8Array, data: Record<string, unknown>): Promise<Buffer>;
