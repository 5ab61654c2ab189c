import { describe, expect, it } from 'vitest';
import type { IsoDate } from './dates.js';
import { checkDeadlines, daysLate, deadlineDate, lastOnTimeDay } from './deadlines.js';
import { makeDeadline, makePlan, makeSubmission } from './test-builders.js';

const d = (text: string) => text as IsoDate;

describe('deadlines', () => {
  it('"chậm nhất là ngày X" accepts X itself', () => {
    expect(daysLate(d('2025-04-15'), makeDeadline('2025-04-15', true), 2025)).toBe(0);
    expect(daysLate(d('2025-04-16'), makeDeadline('2025-04-15', true), 2025)).toBe(1);
  });

  it('"trước ngày X" makes X itself one day late', () => {
    expect(lastOnTimeDay(makeDeadline('2025-12-15', false), 2025)).toBe('2025-12-14');
    expect(daysLate(d('2025-12-15'), makeDeadline('2025-12-15', false), 2025)).toBe(1);
    expect(daysLate(d('2025-12-14'), makeDeadline('2025-12-15', false), 2025)).toBe(0);
  });

  it('"trước ngày 01/3" steps back over a leap day', () => {
    expect(lastOnTimeDay(makeDeadline('2024-03-01', false), 2024)).toBe('2024-02-29');
  });

  it('moves a yearly deadline to the submission year', () => {
    const yearly = makeDeadline('2026-11-25', false, { recursYearly: true, years: [2026, 2027, 2028] });
    expect(deadlineDate(yearly, 2028)).toBe('2028-11-25');
    expect(daysLate(d('2028-11-25'), yearly, 2028)).toBe(1);
  });

  it('uses the receipt date over the sent date, applies only to its kinds and report period, and carries the plan severity', () => {
    const plan = makePlan({
      deadlines: [
        makeDeadline('2025-04-01', false, { appliesTo: ['bao-cao'], reportPeriod: '6-thang', severity: 'warning' }),
        makeDeadline('2025-10-01', false, { appliesTo: ['bao-cao'], reportPeriod: 'ca-nam' }),
      ],
    });
    const report = makeSubmission('001', {
      kind: 'bao-cao',
      reportPeriod: '6-thang',
      sentOn: d('2025-03-30'),
      receivedOn: d('2025-04-03'),
    });
    expect(checkDeadlines(plan, report, d('2025-05-01'))).toMatchObject([
      {
        ruleId: 'deadline/late',
        params: { days: 3, deadline: '01/04/2025', inclusive: false },
        severity: 'warning',
        at: { pointer: '/ngay_nhan' },
      },
    ]);
  });

  it('applies a one-off deadline only to the years it concerns', () => {
    const plan = makePlan({
      firstYear: 2026,
      lastYear: 2031,
      deadlines: [makeDeadline('2025-10-31', true, { years: [2026] })],
    });
    const late2026 = makeSubmission('001', { year: 2026, sentOn: d('2025-11-05') });
    const on2027 = makeSubmission('001', { year: 2027, sentOn: d('2026-10-15') });
    expect(checkDeadlines(plan, late2026, d('2026-12-31')).map((f) => f.ruleId)).toEqual(['deadline/late']);
    expect(checkDeadlines(plan, on2027, d('2026-12-31'))).toEqual([]);
  });

  it('warns about a sent date after today', () => {
    const findings = checkDeadlines(makePlan(), makeSubmission('001', { sentOn: d('2025-05-02') }), d('2025-05-01'));
    expect(findings).toMatchObject([
      { ruleId: 'deadline/future-date', params: { date: '02/05/2025', today: '01/05/2025' } },
    ]);
  });
});
