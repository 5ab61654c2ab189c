import type { IsoDate } from '../core/dates.js';
import type { Consolidation } from '../core/consolidation.js';
import { citePlan } from '../core/nd30.js';
import type { CitedPlan } from '../core/nd30.js';
import { basesInForce } from '../core/plan.js';

// The plan as documents cite it (its number and date are the decision's when it is issued with one).
export function citedPlan(c: Consolidation): CitedPlan {
  const plan = c.plan;
  return {
    title: plan?.title ?? '',
    issuer: plan?.issuer ?? '',
    ...(plan?.number ? { number: plan.number } : {}),
    ...(plan?.issuedOn ? { issuedOn: plan.issuedOn } : {}),
    ...(plan?.attachedTo ? { attachedTo: plan.attachedTo } : {}),
    ...(plan?.documentType ? { documentType: plan.documentType } : {}),
  };
}

/** Căn cứ of a document dated `date`: the legal bases in force that day, then the plan. */
export function legalBasesOn(c: Consolidation, date: IsoDate): string[] {
  const plan = c.plan;
  if (!plan) return [];
  const bases = plan.datedLegalBases ? basesInForce(plan.datedLegalBases, date) : plan.legalBases;
  return [...bases, citePlan(citedPlan(c)).basis];
}
