import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import { summarisePeriod } from '../core/period-summary.js';
import type { UnitPeriodReport } from '../core/period-summary.js';
import { makeDeadline, makePlan } from '../core/test-builders.js';
import { packageRoot } from '../paths.js';
import { buildConsolidatedReport } from './consolidated-report-model.js';
import type { ConsolidatedReportTemplate } from './consolidated-report-model.js';

const template = parse(
  readFileSync(join(packageRoot, 'templates/dossier/bao-cao-tong-hop.yaml'), 'utf8'),
) as ConsolidatedReportTemplate;

const plan = makePlan({
  issuer: 'Đảng ủy phường',
  receiver: 'Ban Xây dựng Đảng Đảng ủy phường',
  style: 'dang',
  modelReview: true,
  reportPeriods: ['ca-nam'],
  fields: [
    { id: 'kinh-te', name: 'Kinh tế' },
    { id: 'van-hoa-xa-hoi', name: 'Văn hóa - xã hội' },
  ],
  deadlines: [makeDeadline('2025-11-25', false, { appliesTo: ['bao-cao'] })],
});
const units = [
  { code: '01', name: 'Chi bộ 1' },
  { code: '02', name: 'Chi bộ 2' },
  { code: '03', name: 'Khu phố 3' },
];
const reports: UnitPeriodReport[] = [
  {
    unit: '01',
    file: 'a.yaml',
    deliveredOn: '2025-11-20' as IsoDate,
    groups: [],
    models: [{ code: 'MH1', name: 'Đường hoa', result: 'Trồng 1 km hoa.', outcome: 'duy-tri' }],
  },
  {
    unit: '02',
    file: 'b.yaml',
    deliveredOn: '2025-11-27' as IsoDate,
    groups: [],
    models: [{ code: 'MH1', name: 'Vườn rau', result: 'Không đạt.', outcome: 'thanh-loai', reason: 'Thiếu nước' }],
  },
];
const models = [
  { unit: '01', year: 2024, code: 'MH1', name: 'Đường hoa', field: 'van-hoa-xa-hoi' },
  { unit: '01', year: 2025, code: 'MH1', name: 'Đường hoa', field: 'van-hoa-xa-hoi' },
  { unit: '02', year: 2025, code: 'MH1', name: 'Vườn rau', field: 'kinh-te' },
];
const summary = summarisePeriod(plan, units, reports, { models, people: [] }, 'ca-nam', 2025);

it('counts on time, late (trước ngày 25/11: 27/11 is 3 days late), missing, new models and outcomes', () => {
  expect(summary.rows.map((r) => [r.unit.code, r.state, r.daysLate, r.models])).toEqual([
    ['01', 'on-time', 0, 1],
    ['02', 'late', 3, 1],
    ['03', 'missing', 0, 0],
  ]);
  expect(summary.counts).toMatchObject({
    units: 3,
    reported: 2,
    onTime: 1,
    late: 1,
    missing: 1,
    models: 2,
    newModels: 1,
  });
  expect(summary.counts.outcomes).toEqual({ 'duy-tri': 1, 'nang-chat': 0, 'cong-nhan-lai': 0, 'thanh-loai': 1 });
  expect(summary.byField.map((f) => f.models)).toEqual([1, 1]);
});

it('draws a Party report: layout, sections per field, the review table with reasons, late and missing units', () => {
  const { model, missing } = buildConsolidatedReport(
    {
      plan,
      summary,
      registeredModels: models,
      recipients: ['Thường trực Đảng ủy'],
      date: '2025-12-01' as IsoDate,
      signer: { name: 'Lê Văn A' },
    },
    template,
  );
  expect(missing).toEqual([]);
  expect(model.header).toMatchObject({ governingBody: 'ĐẢNG ỦY PHƯỜNG', issuer: 'BAN XÂY DỰNG ĐẢNG', layout: 'party' });
  // A Ban's head signs in his own name: T/M is for collective bodies (Ban Thường vụ), HD 36-HD/VPTW.
  expect(model.signers).toEqual([{ title: 'TRƯỞNG BAN', name: 'Lê Văn A' }]);
  const texts = model.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join('|')).join('\n') : b.text));
  expect(texts).toContain('1. Lĩnh vực kinh tế');
  expect(texts).toContain('- Mô hình “Vườn rau” (Chi bộ 2): Không đạt.');
  expect(texts).toContain('1|Chi bộ 1|Đường hoa|Duy trì|\n2|Chi bộ 2|Vườn rau|Thanh loại|Thiếu nước');
  expect(texts).toContain('- Chi bộ 2: gửi muộn 3 ngày.');
  expect(texts).toContain('- Khu phố 3: chưa gửi báo cáo.');
  expect(model.appendix?.rows.map((r) => r[3])).toEqual(['Đúng hạn', 'Muộn 3 ngày', 'Chưa gửi']);
  expect(model.receivers).toEqual(['- Thường trực Đảng ủy;', '- Lưu Văn phòng Đảng ủy.']);
});

it('prints the number line, blank for the hand-written figure without --so-hieu, and cites it in the Phụ lục', () => {
  const build = (p: typeof plan, number?: string) =>
    buildConsolidatedReport(
      {
        plan: p,
        summary,
        registeredModels: models,
        recipients: ['Thường trực Đảng ủy'],
        ...(number ? { number } : {}),
        date: '2025-12-01' as IsoDate,
        signer: { name: 'Lê Văn A' },
      },
      template,
    ).model;
  const blank = '\u00a0'.repeat(8);
  const party = build(plan);
  expect(party.header.number).toBe(`${blank}-BC`);
  expect(party.appendix?.subtitle).toBe(
    `(Kèm theo Báo cáo số ${blank}-BC ngày 01 tháng 12 năm 2025 của Ban Xây dựng Đảng Đảng ủy phường)`,
  );
  const state = makePlan({
    issuer: 'Ủy ban nhân dân tỉnh',
    receiver: 'Sở Nội vụ',
    receiverDocument: { code: 'SNV', signer: { name: '' } },
  });
  expect(build(state).header.number).toBe(`${blank}/BC-SNV`);
  expect(build(state, '5/BC-SNV').header.number).toBe('05/BC-SNV');
  expect(build(state, '5/BC-SNV').appendix?.subtitle).toMatch(/^\(Kèm theo Báo cáo số 05\/BC-SNV ngày 01 tháng 12/);
});
