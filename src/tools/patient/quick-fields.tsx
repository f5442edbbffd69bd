/**
 * Three of the case's questions asked for a phone reader on this page, where a phone reader wants the answer in
 * the fewest taps (issue #19 item 1): bleeding as radio buttons (all four grades in view, no list to open),
 * and the earlier-treatments editor with a one-tap "IVIG: no response" — the site's question is what comes
 * after IVIG has failed — and the months since diagnosis as a number only: the diagnosis-date helper is the
 * walker's (history-fields.tsx), left out of this page's budget. The same case fields and ids as the case
 * panel's own views.
 */
import { bleedingGrades, setCaseField, $case } from '../case/case';
import { caseFieldId } from '../case/control-ids';
import type { CaseFieldViewProps } from '../case/field-views';
import { bleedingLabels } from '../case/labels';
import { PriorTherapies } from '../case/PriorTherapies';
import { ChoiceField } from '../shared/ui/ChoiceField';
import { NumberField } from '../shared/ui/NumberField';
import { choicesOf } from '../shared/ui/choices';

export const BleedingChoice = ({ typed }: CaseFieldViewProps) => (
  <ChoiceField
    id={caseFieldId('bleeding')} legend="Bleeding now" value={typed.bleeding}
    options={choicesOf(bleedingGrades, bleedingLabels)} onChange={(value) => setCaseField('bleeding', value)}
  />
);

function addIvigFailed(): void {
  setCaseField('prior', [...$case.get().prior, { therapy: 'ivig', outcome: 'no-response' }]);
}

export const PriorWithIvig = ({ typed, values }: CaseFieldViewProps) => (
  <div class="prior-quick">
    {!typed.prior.some((entry) => entry.therapy === 'ivig') && (
      <button type="button" class="tool-button" onClick={addIvigFailed}>
        Add: IVIG, no response
      </button>
    )}
    <PriorTherapies prior={typed.prior} error={values.errors.prior} />
  </div>
);

export const MonthsNumber = ({ typed, values }: CaseFieldViewProps) => (
  <NumberField
    id={caseFieldId('months')} label="Months since diagnosis" value={typed.months} error={values.errors.months}
    onValue={(value) => setCaseField('months', value)}
  />
);
