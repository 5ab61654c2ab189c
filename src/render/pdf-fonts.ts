import PDFDocument from 'pdfkit';
import type { DossierFonts } from '../io/fonts.js';
import type { TextMeasure } from './header-lines.js';

// Why this adapter exists: pdfkit parses a registered font anew for every document it draws (fontkit.create, then
// the GSUB/GPOS tables on the first layout), which was two thirds of a dossier's time (issue 11's profile: 46 % in
// restructure, 19 % in fontkit). pdfkit 0.17 has no public way to be handed an already parsed font, so this file
// builds pdfkit's own EmbeddedFont around one shared fontkit font per face and puts it in the document's font table
// under the name the renderer asks for. Each document still gets its own EmbeddedFont (its own subset, widths and
// object ids), so what is embedded is exactly what pdfkit would embed. It touches two private fields of pdfkit's
// PDFDocument (_fontFamilies, _fontCount); pdf-fonts.test.ts fails if they change.

/** The face names the renderer uses with doc.font(). */
export type FaceName = 'regular' | 'bold' | 'italic' | 'boldItalic';

interface FontkitFont {
  characterSet: number[];
  glyphForCodePoint(codePoint: number): unknown;
}
interface EmbeddedFontLike {
  font: FontkitFont;
  layoutCache?: Record<string, unknown>;
}
type EmbeddedFontCtor = new (document: PDFKit.PDFDocument, font: FontkitFont, id: string) => EmbeddedFontLike;
interface PdfkitInternals {
  _font: EmbeddedFontLike;
  _fontFamilies: Record<string, EmbeddedFontLike>;
  _fontCount: number;
}

interface ParsedFace {
  name: FaceName;
  font: FontkitFont;
  Embedded: EmbeddedFontCtor;
  /** Word layouts (already scaled to 1000 units) depend only on the face and the word: shared by every document. */
  layouts: Record<string, unknown>;
}

/** Fonts parsed once, ready to be attached to any number of pdfkit documents in this process or worker. */
export interface SharedFaces {
  attach(doc: PDFKit.PDFDocument): void;
  /** Widths as pdfkit measures them when it draws, for a renderer that has no fonts of its own (the .docx). */
  measure: TextMeasure;
  /** Words whose layout is kept for the next documents, per face: at most layoutLimit and a few documents' worth. */
  keptLayouts(): Record<FaceName, number>;
}

// The words of a dossier are a few thousand syllables that recur in every unit, plus a dozen or so that do not (dates,
// counts, vote shares, codes): 4,900 distinct words in the regular face after 50 generated units, then 14 more a unit,
// a few kilobytes each. A national run would grow a worker's heap past its cap, so past LAYOUT_LIMIT words a face's
// layouts start over (the recurring words are laid out again within a unit or two); checked every
// LAYOUT_CHECK_EVERY documents, as counting the words is not free (docs/PERFORMANCE.md, issue 11).
export const LAYOUT_LIMIT = 6_000;
const LAYOUT_CHECK_EVERY = 25;

/**
 * Parses the four Tinos faces once (by letting pdfkit open each in a throwaway document) and returns an attacher that
 * registers them in a new document under 'regular', 'bold', 'italic' and 'boldItalic', with ids F1–F4 in that order
 * (deterministic output). Call once per process; attach once per document, before drawing. `layoutLimit`: words
 * kept per face (LAYOUT_LIMIT; a test sets a small one).
 */
export function shareFaces(fonts: DossierFonts, { layoutLimit = LAYOUT_LIMIT } = {}): SharedFaces {
  const parsed: ParsedFace[] = (['regular', 'bold', 'italic', 'boldItalic'] as const).map((name) => {
    const probe = new PDFDocument({ autoFirstPage: false }) as unknown as PDFKit.PDFDocument & PdfkitInternals;
    probe.font(fonts[name]);
    const opened = probe._font;
    // fontkit keeps one glyph object per glyph id, with the characters of whichever text first produced it, and pdfkit
    // writes those characters into the PDF's ToUnicode map. Shared across documents, that would make a document's
    // text layer depend on what was drawn before it (and on the number of workers). Creating every glyph the font's
    // cmap reaches, in code point order, first, gives each its own character, whatever is drawn later.
    for (const codePoint of [...opened.font.characterSet].sort((a, b) => a - b))
      opened.font.glyphForCodePoint(codePoint);
    return { name, font: opened.font, Embedded: opened.constructor as EmbeddedFontCtor, layouts: {} };
  });
  let attached = 0;
  let probe: PDFKit.PDFDocument | undefined;
  const faces: SharedFaces = {
    measure(text, face, size) {
      if (!probe) {
        // A document that is never drawn in or ended: only its fonts are used, to measure.
        probe = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
        faces.attach(probe);
      }
      return probe.font(face).fontSize(size).widthOfString(text);
    },
    keptLayouts: () =>
      Object.fromEntries(parsed.map((face) => [face.name, Object.keys(face.layouts).length])) as Record<
        FaceName,
        number
      >,
    attach(doc) {
      const internals = doc as unknown as PdfkitInternals;
      if (typeof internals._fontCount !== 'number' || typeof internals._fontFamilies !== 'object')
        throw new Error('pdfkit no longer has _fontFamilies/_fontCount: update render/pdf-fonts.ts');
      if ((attached += 1) % LAYOUT_CHECK_EVERY === 0) {
        for (const face of parsed) if (Object.keys(face.layouts).length > layoutLimit) face.layouts = {};
      }
      for (const face of parsed) {
        internals._fontCount += 1;
        const embedded = new face.Embedded(doc, face.font, `F${internals._fontCount}`);
        if (embedded.layoutCache) embedded.layoutCache = face.layouts;
        internals._fontFamilies[face.name] = embedded;
      }
    },
  };
  return faces;
}
