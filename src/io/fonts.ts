import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Tinos (metric-compatible with Times New Roman, full Vietnamese, OFL) from the npm package, by file path. */
export interface DossierFonts {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
  boldItalic: Buffer;
}

const require = createRequire(import.meta.url);
const font = (style: string) => readFileSync(require.resolve(`@expo-google-fonts/tinos/${style}/Tinos_${style}.ttf`));

/** Read once per process: pdfkit would otherwise parse the font files for every document. */
export function loadDossierFonts(): DossierFonts {
  return {
    regular: font('400Regular'),
    bold: font('700Bold'),
    italic: font('400Regular_Italic'),
    boldItalic: font('700Bold_Italic'),
  };
}
