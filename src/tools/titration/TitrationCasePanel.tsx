/**
 * The case panel on the titration and monitoring pages and the titration embeds: only the case fields the
 * chosen agent reads (the weight for romiplostim, the age for every agent).
 */
import { $titration } from './fields';
import { titrationCaseFields } from './request';
import { CasePanel } from '../case/CasePanel';
import { AgeField, WeightField } from '../case/field-views';
import { useStore } from '../shared/ui/use-store';

const views = { age: AgeField, weight: WeightField };

export function TitrationCasePanel() {
  const { agent } = useStore($titration);
  return <CasePanel fields={titrationCaseFields(agent)} views={views} />;
}
