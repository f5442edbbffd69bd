/**
 * The case's history views, for the walker only: the months since diagnosis with the diagnosis-date
 * helper, and the earlier-treatments editor. Apart from field-views.tsx so that no other page's bundle
 * carries the helpers (the editor's choice lists are built when its module loads).
 */
import { setCaseField as set } from './case';
import { caseFieldId as id } from './control-ids';
import { NumberField } from '../shared/ui/NumberField';
import { DiagnosisDate } from './DiagnosisDate';
import type { CaseFieldViewProps } from './field-views';
import { PriorTherapies } from './PriorTherapies';

/** The months, with the diagnosis date as another way to fill them in. */
export const MonthsField = ({ typed, values }: CaseFieldViewProps) => (
  <div class="months">
    <NumberField id={id('months')} label="Months since diagnosis" value={typed.months} error={values.errors.months} onValue={(v) => set('months', v)} />
    <DiagnosisDate id={`${id('months')}-date`} />
  </div>
);

/** Earlier treatments: shown below the grid, a row per treatment, each counted once chosen. */
export const PriorField = ({ typed, values }: CaseFieldViewProps) => <PriorTherapies prior={typed.prior} error={values.errors.prior} />;
