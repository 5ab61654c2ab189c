import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseYamlText } from '../io/load-yaml.js';
import { decodeRubric } from './rubric.js';

it('flattens groups, criteria and sub-criteria into scored lines, keeping the reserved slice and bands in order', () => {
  const { data } = parseYamlText(
    'tc.yaml',
    [
      'loai: bo-tieu-chi',
      'phien_ban: 1',
      'ma: tc',
      'ten: Bộ tiêu chí',
      'nhom:',
      '  - ma: "1"',
      '    ten: Nhóm 1',
      '    tieu_chi:',
      '      - ma: "1.1"',
      '        ten: Có tiêu chí con',
      '        tieu_chi_con:',
      '          - { ma: "1.1.1", ten: Con 1, diem_toi_da: "2,5" }',
      '          - { ma: "1.1.2", ten: Con 2, diem_toi_da: 2.5 }',
      '      - { ma: "1.2", ten: Trực tiếp, diem_toi_da: 5 }',
      '  - ma: "2"',
      '    ten: Cấp trên',
      '    danh_cho_cap_tren: true',
      '    tieu_chi: [{ ma: "2", ten: Cấp trên chấm, diem_toi_da: 10 }]',
      'xep_loai:',
      '  - { ma: yeu, ten: Yếu, tu_diem: 0 }',
      '  - { ma: tot, ten: Tốt, tu_diem: 16 }',
    ].join('\n'),
  );
  const rubric = decodeRubric('tc.yaml', data as Record<string, unknown>);
  expect(rubric.leaves.map((l) => [l.id, l.max, l.reserved, l.ref.pointer])).toEqual([
    ['1.1.1', 250, false, '/nhom/0/tieu_chi/0/tieu_chi_con/0'],
    ['1.1.2', 250, false, '/nhom/0/tieu_chi/0/tieu_chi_con/1'],
    ['1.2', 500, false, '/nhom/0/tieu_chi/1'],
    ['2', 1000, true, '/nhom/1/tieu_chi/0'],
  ]);
  expect(rubric.bands.map((b) => b.id)).toEqual(['tot', 'yeu']);
});

it('the shipped rubrics add up to their stated totals', () => {
  for (const id of ['dvcq-vinh-long', 'dvk-mo-hinh']) {
    const file = new URL(`../../templates/rubrics/${id}.yaml`, import.meta.url);
    const { data } = parseYamlText(id, readFileSync(file, 'utf8'));
    const rubric = decodeRubric(id, data as Record<string, unknown>);
    expect(
      rubric.leaves.reduce((sum, l) => sum + l.max, 0),
      id,
    ).toBe(rubric.statedTotal);
    expect(rubric.template, id).toBe(true);
  }
});
