/**
 * The case panel on the titration and monitoring pages and the titration embeds: only the case fields the
 * chosen agent reads (the weight for romiplostim, hepatic impairment for eltrombopag, the age for every agent).
 * A romiplostim dosing weight the engine refuses as implausible for the age (at initiation or a reweigh) is
 * said beside the case's weight with the box that confirms it, as on the dose calculator.
 */
import { computed } from 'nanostores';
import { useMemo } from 'preact/hooks';
import { $case } from '../case/case';
import { CasePanel } from '../case/CasePanel';
import { $caseValues } from '../case/case-values';
import { caseField } from '../case/field-keys';
import { AgeField, HepaticField, WeightField } from '../case/field-views';
import { useStore } from '../shared/ui/use-store';
import { titrationCaseFields } from './request';
import type { TitrationState } from './state';

const views = { age: AgeField, weight: WeightField, hepatic: HepaticField };

export function TitrationCasePanel({ state }: { state: TitrationState }) {
  const { agent } = useStore(state.$fields);
  const $values = useMemo(() => computed([$caseValues, $case, state.$outcome], (values, typed, { result }) => {
    // With the age known, the engine refuses a weight the reader typed well only as implausible for it.
    const refused = result.state === 'problems' && values.ageYears !== undefined && values.weightKg !== undefined
      ? result.problems.find((problem) => problem.field === caseField('weight') || /^titration\.rows\.\d+\.weight$/.test(problem.field))
      : undefined;
    if (refused !== undefined && values.errors.weight === undefined) {
      const beside = refused.field === caseField('weight') ? { weight: refused.message } : {};
      return { ...values, weightCheck: 'implausible' as const, errors: { ...values.errors, ...beside } };
    }
    return typed.weightConfirmed === 'yes' ? { ...values, weightCheck: 'confirmed' as const } : values;
  }), [state]);
  return <CasePanel fields={titrationCaseFields(agent)} views={views} values={$values} />;
}
