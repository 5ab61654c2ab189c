import { describe, expect, it } from 'vitest';
import { makeCategory, makePlan, makeQuota } from './test-builders.js';
import { findUnitType, nearestPlanId, padUnitCode, unitTypeChoices } from './unit-types.js';

// Issue 12, case 9: init asks the unit's type, because the type decides the category and so the quota.
const plan = makePlan({
  categories: [
    makeCategory('co-quan-cap-tinh', { unitTypes: ['so-nganh'], quotas: { 'tap-the': makeQuota(2, 'dung') } }),
    makeCategory('nganh-dac-thu-va-huyen', {
      unitTypes: ['nganh-dac-thu', 'ubnd-huyen', 'so-nganh'],
      quotas: { 'tap-the': makeQuota(5, 'dung') },
    }),
    makeCategory('theo-ma', { unitTypes: [], unitCodes: ['099'] }),
  ],
});

describe('unitTypeChoices', () => {
  it('lists each type once, with the first category that claims it, in plan order', () => {
    expect(unitTypeChoices(plan).map((c) => `${c.type}:${c.category.id}`)).toEqual([
      'so-nganh:co-quan-cap-tinh',
      'nganh-dac-thu:nganh-dac-thu-va-huyen',
      'ubnd-huyen:nganh-dac-thu-va-huyen',
    ]);
  });
});

describe('findUnitType', () => {
  const choices = unitTypeChoices(plan);
  it('takes a type, ignoring case and spaces', () => {
    expect(findUnitType(choices, ' UBND-huyen ')?.category.id).toBe('nganh-dac-thu-va-huyen');
  });
  it('takes a category id only when the category has a single type', () => {
    expect(findUnitType(choices, 'co-quan-cap-tinh')?.type).toBe('so-nganh');
    expect(findUnitType(choices, 'nganh-dac-thu-va-huyen')).toBeUndefined();
  });
  it('refuses what the plan does not have', () => {
    expect(findUnitType(choices, 'huyen')).toBeUndefined();
  });
});

describe('padUnitCode', () => {
  it('pads an all-digit code to the registry width', () => {
    expect(padUnitCode('13', 3)).toBe('013');
    expect(padUnitCode(' 7 ', 2)).toBe('07');
  });
  it('keeps codes with letters or dots, longer codes, and codes of plans without a width', () => {
    expect(padUnitCode('13.01', 3)).toBe('13.01');
    expect(padUnitCode('BD.01', 3)).toBe('BD.01');
    expect(padUnitCode('1013', 3)).toBe('1013');
    expect(padUnitCode('13', undefined)).toBe('13');
  });
});

describe('nearestPlanId', () => {
  const ids = ['bac-kan-vp-2023', 'phuong-2026-2031', 'vinh-chau-2025', 'vinh-long-2025'];
  it('finds a plan typed in part or with a typo', () => {
    expect(nearestPlanId(ids, 'vinh-long')).toBe('vinh-long-2025');
    expect(nearestPlanId(ids, 'chau')).toBe('vinh-chau-2025');
    expect(nearestPlanId(ids, 'vinh-long-2052')).toBe('vinh-long-2025');
  });
  it('has nothing for an empty or unrelated name', () => {
    expect(nearestPlanId(ids, '')).toBeUndefined();
    expect(nearestPlanId(ids, 'ha-noi-2030')).toBeUndefined();
  });
});
