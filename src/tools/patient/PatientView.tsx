/**
 * The "Your patient" page's tree: the case (the walker's fields and what a dose needs, bleeding and the
 * IVIG failure one tap each), the walker's own questions (an anticoagulant, a planned procedure, a child's
 * quality of life) and, directly below them, the summary card.
 */
import { CasePanel } from '../case/CasePanel';
import { $caseValues } from '../case/case-values';
import { AgeField, CountField, HeightField, PregnantField, WeightField } from '../case/field-views';
import { DeliveryField, GestationField } from '../case/pregnancy-fields';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { BleedingChoice, MonthsNumber, PriorWithIvig } from './quick-fields';
import { patientCaseFields } from './state';
import { SummaryCard } from './SummaryCard';
import { ToolSection } from '../shared/ui/ToolSection';
import { WalkerQuestions } from '../walker/WalkerQuestions';

const views = {
  age: AgeField, weight: WeightField, height: HeightField, count: CountField, bleeding: BleedingChoice,
  months: MonthsNumber, prior: PriorWithIvig, pregnant: PregnantField, gestation: GestationField, deliveryPlanned: DeliveryField,
};

export function PatientView({ refs }: { refs: ReferenceLabels }) {
  return (
    <>
      <CasePanel fields={patientCaseFields} views={views} values={$caseValues} />
      <ToolSection id="more" heading="Also for this case" class="patient-more">
        <WalkerQuestions />
      </ToolSection>
      <SummaryCard refs={refs} />
    </>
  );
}
