const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * True for the bytes of an .xlsx (a zip) or of an Excel 97-2003 / password-protected workbook (an OLE file). Kept
 * apart from read-xlsx.ts so that deciding costs no exceljs import (≈ 190 ms) on a YAML-only run.
 */
export const looksLikeWorkbook = (bytes: Uint8Array): boolean =>
  ZIP.every((byte, i) => bytes[i] === byte) || OLE.every((byte, i) => bytes[i] === byte);
