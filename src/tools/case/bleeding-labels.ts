/** Words for the bleeding grades of the engine's CaseInput; the `Record` type refuses a list that misses one. */
import type { BleedingGrade } from './case';

export const bleedingLabels: Record<BleedingGrade, string> = {
  none: 'None',
  minor: 'Minor (skin only: petechiae, bruising)',
  mucosal: 'Mucosal, not life-threatening (mouth, nose, gut, urine, heavy periods)',
  'life-threatening': 'Life-threatening or organ bleeding (intracranial, major gut bleeding)',
};
