/**
 * The case as the titration and monitoring pages show it: a romiplostim dosing weight the engine refuses as
 * implausible for the age (at initiation or a reweigh, romiplostim.ts weightCheck) is said beside the case's
 * weight with the box that confirms it, as on the dose calculator (case/weight-check.ts, field-views.tsx).
 */
import type { TitrationValue } from '../../engine';
import type { CaseFields } from '../case/case';
import type { CaseValues } from '../case/case-values';
import { caseField } from '../case/field-keys';
import { rowField } from './fields';
import type { EngineOutcome } from './outcome';
import type { TitrationRequest } from './request';

export function withRefusedWeight(values: CaseValues, typed: CaseFields, request: TitrationRequest, { result }: EngineOutcome<TitrationValue>): CaseValues {
  // With the age known and every weight read, the engine refuses a weight only as implausible for the age.
  const weights = request.state === 'ready' ? [caseField('weight'), ...request.rows.map((row) => rowField(row, 'weight'))] : [];
  const refused = result.state === 'problems' && values.ageYears !== undefined && values.weightKg !== undefined
    ? result.problems.find((problem) => weights.some((field) => field === problem.field))
    : undefined;
  if (refused !== undefined && values.errors.weight === undefined) {
    const beside = refused.field === caseField('weight') ? { weight: refused.message } : {};
    return { ...values, weightCheck: 'implausible', errors: { ...values.errors, ...beside } };
  }
  return typed.weightConfirmed === 'yes' ? { ...values, weightCheck: 'confirmed' } : values;
}
