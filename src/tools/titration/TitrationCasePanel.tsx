/**
 * The case panel on the titration and monitoring pages and the titration embeds: only the case fields the
 * chosen agent reads (the weight for romiplostim, hepatic impairment for eltrombopag, the age for every agent),
 * over the simulator's own reading of the case, which says a refused dosing weight beside the weight
 * (weight-refusal.ts).
 */
import { CasePanel } from '../case/CasePanel';
import { AgeField, HepaticField, WeightField } from '../case/field-views';
import { useStore } from '../shared/ui/use-store';
import { titrationCaseFields } from './request';
import type { TitrationState } from './state';

const views = { age: AgeField, weight: WeightField, hepatic: HepaticField };

export function TitrationCasePanel({ state }: { state: TitrationState }) {
  const { agent } = useStore(state.$fields);
  return <CasePanel fields={titrationCaseFields(agent)} views={views} values={state.$caseValues} />;
}
