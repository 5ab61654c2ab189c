import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { isDrawable, undrawable, withDrawableGlyphs } from './glyphs.js';

const require = createRequire(import.meta.url);
// fontkit comes with pdfkit; the test reads the real font files, so the table cannot drift from them.
const fontkit = require('fontkit') as { openSync: (path: string) => { characterSet: number[] } };

it('knows exactly the characters all four Tinos faces draw', () => {
  const faces = ['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'].map(
    (face) =>
      new Set(fontkit.openSync(require.resolve(`@expo-google-fonts/tinos/${face}/Tinos_${face}.ttf`)).characterSet),
  );
  const [first] = faces;
  for (let cp = 0x20; cp < 0x20000; cp += 1) {
    const inFont = faces.every((face) => face.has(cp));
    if (inFont !== isDrawable(cp)) expect(`U+${cp.toString(16)} ${String(isDrawable(cp))}`).toBe(String(inFont));
  }
  expect(first?.has(0x1ec7)).toBe(true); // ệ
});

it('finds what the font lacks and prints the documented substitutes', () => {
  expect(undrawable('Phường Bến Nghé – “Dân vận khéo”…')).toEqual([]);
  expect(undrawable('Đạt ✔ gọi ☎ 😀').map((u) => [u.char, u.index])).toEqual([
    ['✔', 4],
    ['☎', 10],
    ['😀', 12],
  ]);
  expect(withDrawableGlyphs('Đạt ✔ gọi ☎ 0270 😀 ❤️')).toBe('Đạt x gọi ĐT 0270 ? ?');
});
