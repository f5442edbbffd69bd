/**
 * The questions about a pregnancy, asked only once the patient is pregnant (issue #17 item 5): the gestation,
 * which decides the ICR's late-pregnancy TPO-RA and the second trimester for splenectomy, and whether
 * delivery is planned, which brings the delivery targets (guidelines.md §8.2). A file of their own: only the
 * walker's bundle carries them. Hidden, their values are not read (case-values.ts, walker/state.ts).
 */
import { setCaseField as set } from './case';
import { caseFieldId as id } from './control-ids';
import type { CaseFieldViewProps } from './field-views';
import { ChoiceField } from '../shared/ui/ChoiceField';
import { NumberField } from '../shared/ui/NumberField';
import { answerChoices } from '../shared/ui/choices';

export const GestationField = ({ typed, values }: CaseFieldViewProps) => typed.pregnant !== 'yes' ? null : (
  <NumberField
    id={id('gestation')} label="Gestation (completed weeks)" value={typed.gestation} error={values.errors.gestation}
    notes={values.notes.gestation?.map((note) => note.message)} hint="Left empty, advice that depends on it waits."
    onValue={(v) => set('gestation', v)}
  />
);

export const DeliveryField = ({ typed }: CaseFieldViewProps) => typed.pregnant !== 'yes' ? null : (
  <ChoiceField
    id={id('deliveryPlanned')} legend="Delivery planned" value={typed.deliveryPlanned} options={answerChoices}
    hint="Induction or caesarean booked, or labour expected soon." onChange={(v) => set('deliveryPlanned', v)}
  />
);
