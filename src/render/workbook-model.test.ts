import { describe, expect, it } from 'vitest';
import type { Consolidation } from '../core/consolidation.js';
import type { IsoDate } from '../core/dates.js';
import { buildWorkbookModel } from './workbook-model.js';
import { displayShare } from './workbook-sheets.js';

const OUTCOMES = {
  'duy-tri': 'Duy trì',
  'nang-chat': 'Kiện toàn, bổ sung',
  'cong-nhan-lai': 'Công nhận lại',
  'thanh-loai': 'Thanh loại',
};
const source = (line: number) => ({ file: 'dang-ky/001.yaml', line, column: 3, pointer: '/x' });

function consolidation(): Consolidation {
  return {
    kind: 'danvan-consolidation',
    version: 1,
    plan: {
      id: 'p',
      title: 'Phát động phong trào thi đua “Dân vận khéo” năm 2025',
      issuer: 'Ủy ban nhân dân tỉnh Vĩnh Long',
      number: '553/QĐ-UBND',
      issuedOn: '2025-04-02' as IsoDate,
      firstYear: 2025,
      lastYear: 2025,
      awardTypes: [{ id: 'bang-khen', name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' }],
      legalBases: [],
      contentGroups: [],
      fields: [{ id: 'quoc-phong-an-ninh', name: 'Quốc phòng, an ninh' }],
      dossierParts: [],
      dossierSets: 2,
      governingBody: 'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
      receiver: 'Sở Nội vụ',
      place: 'Vĩnh Long',
    },
    today: '2025-12-05' as IsoDate,
    totals: { files: 1, effective: 1, superseded: 0, errors: 0, warnings: 0 },
    units: [],
    models: [{ unit: '001', name: 'Dân vận khéo ở khu phố', field: 'quoc-phong-an-ninh', source: source(7) }],
    people: [],
    nominees: [
      {
        unit: '001',
        subject: 'ca-nhan',
        name: 'Nguyễn Văn A',
        award: 'bang-khen',
        vote: { yes: 18, no: 1, base: 19, share: 9473 },
        source: source(12),
      },
    ],
    scores: [],
    superseded: [],
    diagnostics: [],
    sources: [],
  };
}

describe('buildWorkbookModel', () => {
  const model = buildWorkbookModel(consolidation(), OUTCOMES, { preparedBy: 'Lê Thị Hoa', signerTitle: 'Giám đốc' });
  const sheet = (name: string) => model.sheets.find((s) => s.name === name);

  it('opens every sheet with the receiving body under the issuer, the plan, the period and the place and date', () => {
    expect(model.heading).toEqual({
      governingBody: 'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
      body: 'SỞ NỘI VỤ',
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      placeDate: 'Vĩnh Long, ngày 05 tháng 12 năm 2025',
      planLine:
        '(Thực hiện Kế hoạch số 553/QĐ-UBND ngày 02/04/2025 của Ủy ban nhân dân tỉnh Vĩnh Long: Phát động phong trào thi đua “Dân vận khéo” năm 2025)',
      period: 'Năm 2025',
    });
    expect(model.signatures.map((s) => [s.title, s.name])).toEqual([
      ['NGƯỜI LẬP BIỂU', 'Lê Thị Hoa'],
      ['GIÁM ĐỐC', ''],
    ]);
  });

  it('uses the Party heading for a Party body (Hướng dẫn 36-HD/VPTW)', () => {
    const c = consolidation();
    c.plan = {
      ...(c.plan as NonNullable<Consolidation['plan']>),
      issuer: 'Đảng ủy phường',
      receiver: 'Ban Xây dựng Đảng Đảng ủy phường',
    };
    const { heading } = buildWorkbookModel(c, OUTCOMES);
    expect(heading.motto).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    // The committee the Ban serves above the Ban, each named once.
    expect([heading.governingBody, heading.body]).toEqual(['ĐẢNG ỦY PHƯỜNG', 'BAN XÂY DỰNG ĐẢNG']);
  });

  it('shows names, not codes, and no sum of vote counts', () => {
    expect(sheet('Danh sách tập thể')?.rows[0]?.[4]).toBe('Quốc phòng, an ninh');
    const proposals = sheet('Đề nghị khen thưởng');
    expect(proposals?.rows[0]?.[6]).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(proposals?.sumColumns).toBeUndefined();
    expect(proposals?.rows[0]?.[9]).toBe(0.9474);
  });

  it('keeps file:line out of the lists and in one "Nguồn" sheet, keyed by sheet and STT', () => {
    for (const name of ['Tổng hợp', 'Danh sách tập thể', 'Danh sách cá nhân', 'Đề nghị khen thưởng']) {
      expect(sheet(name)?.columns.map((c) => c.header)).not.toContain('Tệp');
    }
    expect(sheet('Nguồn')?.rows).toEqual([
      [1, 'Danh sách tập thể', 1, 'Dân vận khéo ở khu phố', 'dang-ky/001.yaml', 7],
      [2, 'Đề nghị khen thưởng', 1, 'Nguyễn Văn A', 'dang-ky/001.yaml', 12],
    ]);
  });
});

describe('the register sheet (Rà soát mô hình)', () => {
  const event = (year: number, e: string, reason?: string) => ({
    year,
    event: e as 'dang-ky',
    ...(reason ? { reason } : {}),
    file: 'x.yaml',
    pointer: '/x',
  });

  it('is left out when the dataset has no register, and says why when the register is empty', () => {
    expect(buildWorkbookModel(consolidation(), OUTCOMES).sheets.map((s) => s.name)).not.toContain('Rà soát mô hình');
    const empty = { ...consolidation(), modelRegister: [] };
    const sheet = buildWorkbookModel(empty, OUTCOMES).sheets.find((s) => s.name === 'Rà soát mô hình');
    expect(sheet?.rows).toEqual([]);
    expect(sheet?.emptyText).toMatch(/^Kế hoạch yêu cầu rà soát mô hình hằng năm nhưng chưa có mô hình nào/);
  });

  it('gives each model its unit, year registered, every review with its reason, and its state', () => {
    const c: Consolidation = {
      ...consolidation(),
      units: [],
      modelRegister: [
        {
          unit: '001',
          code: 'MH02',
          name: 'Vườn rau sạch',
          field: 'quoc-phong-an-ninh',
          registeredAs: 'NK.001',
          registeredIn: 2025,
          state: 'duy-tri',
          registeredAgainAfterRemoval: 2025,
          history: [
            event(2025, 'dang-ky'),
            event(2025, 'thanh-loai', 'Thiếu nước tưới'),
            event(2026, 'dang-ky'),
            event(2026, 'duy-tri'),
          ],
        },
        {
          unit: '001',
          code: 'MH01',
          name: 'Đèn sáng',
          registeredIn: 2026,
          state: 'dang-ky',
          registeredAgainAfterRemoval: 2024,
          removedAs: 'MH00',
          history: [event(2026, 'dang-ky')],
        },
      ],
    };
    const sheet = buildWorkbookModel(c, OUTCOMES).sheets.find((s) => s.name === 'Rà soát mô hình');
    expect(sheet?.rows).toEqual([
      [
        1,
        '001',
        'MH01',
        'Đèn sáng',
        null,
        2026,
        null,
        'Đã đăng ký, chưa rà soát\n(trùng tên mô hình MH00 đã thanh loại năm 2024)',
      ],
      [
        2,
        '001 (đăng ký dưới mã cũ NK.001)',
        'MH02',
        'Vườn rau sạch',
        'Quốc phòng, an ninh',
        2025,
        '2025: Thanh loại – Thiếu nước tưới\n2026: Đăng ký lại\n2026: Duy trì',
        'Duy trì\n(đăng ký lại sau khi thanh loại năm 2025)',
      ],
    ]);
  });
});

it('displayShare rounds half-up to hundredths of a percent', () => {
  expect(displayShare(18, 19)).toBe(0.9474); // 94,736… %: the threshold check still sees 94,73 %
  expect(displayShare(1, 8)).toBe(0.125);
  expect(displayShare(2, 3)).toBe(0.6667);
  expect(displayShare(1, 0)).toBe(0);
});
