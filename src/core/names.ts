// Old and new Vietnamese spelling put the tone on a different vowel of "oa", "oe", "uy" ("Hoà"/"Hòa", "Thuỷ"/"Thủy"):
// the same name either way. Decomposed, a tone mark after the first vowel moves behind the second.
const TONE_ON_FIRST_VOWEL = /([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![\p{L}\u0300-\u036f]*[\p{L}])/gu;

/** Names compared the way officers read them: NFC, case, spacing and tone placement ignored. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(TONE_ON_FIRST_VOWEL, '$1$3$2')
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim();
}
