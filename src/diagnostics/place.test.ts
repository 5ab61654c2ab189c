import { expect, it } from 'vitest';
import { formatPlace } from './place.js';

it('prints file:line:col for YAML and Excel notation for a form cell', () => {
  expect(formatPlace('a.yaml', { line: 12, column: 5 })).toBe('a.yaml:12:5');
  expect(formatPlace('tep.xlsx', { sheet: 'Sheet', line: 12, column: 3 })).toBe('tep.xlsx:Sheet!C12');
  expect(formatPlace('tep.xlsx', { sheet: 'Cá nhân', line: 4, column: 28 })).toBe("tep.xlsx:'Cá nhân'!AB4");
  expect(formatPlace('tep.xlsx', { sheet: "Đơn vị 'A'", line: 1, column: 1 })).toBe("tep.xlsx:'Đơn vị ''A'''!A1");
});
