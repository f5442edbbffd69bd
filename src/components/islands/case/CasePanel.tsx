/**
 * The case, typed once and shared by every tool on the page through the `$case` store. `fields` picks
 * what this page's tools read; the order on screen is fixed. Values are kept as typed; `$caseValues`
 * (through the engine) supplies each field's error and the note saying which unit was assumed.
 * Engine values come from their own modules, not the engine's index: the index also loads the titration
 * and algorithm modules, whose top-level code the bundler must keep, and a tool page has 30 KB of JavaScript.
 */
import { haemoglobinUnits, heightUnits, plateletUnits, unitLabels, weightUnits } from '../../../engine/units';
import { $case, bleedingGrades, setCaseField, type CaseFields } from '../../../stores/case';
import { $caseValues } from '../../../stores/case-values';
import { caseFieldId } from '../../../stores/problems';
import { ChoiceField } from '../ui/ChoiceField';
import { NumberField } from '../ui/NumberField';
import { SelectField } from '../ui/SelectField';
import { ToolSection } from '../ui/ToolSection';
import { UrlNotices } from '../ui/UrlNotices';
import { usePageState } from '../ui/use-page-state';
import { useStore } from '../ui/use-store';
import { caseFieldNames, type CaseFieldName } from './fields';
import { answerChoices, choicesOf } from '../ui/choices';
import { bleedingLabels } from './bleeding-labels';
import type { CaseHistoryParts } from './history-parts';

export interface CasePanelProps {
  /** The fields to show, in any order (shown in the panel's own order). Default: all of them. */
  fields?: readonly CaseFieldName[];
  /** The panel's h2. Default: "The patient". */
  heading?: string;
  /**
   * The diagnosis-date helper and the earlier-treatments editor, passed in by the pages that show
   * `months` or `prior` (the walker): a prop, not an import, so no other page's bundle carries them.
   */
  history?: CaseHistoryParts;
}

const bleedingChoices = choicesOf(bleedingGrades, bleedingLabels);
const rhChoices = [
  { value: 'positive', label: 'Positive' },
  { value: 'negative', label: 'Negative' },
  { value: '', label: 'Not known' },
] as const;

export function CasePanel({ fields = caseFieldNames, heading = 'The patient', history }: CasePanelProps) {
  usePageState();
  const fieldsTyped = useStore($case);
  const values = useStore($caseValues);
  const shown = new Set(fields);
  const notes = (key: keyof CaseFields) => values.notes[key]?.map((note) => note.message);
  const set = setCaseField;
  const id = caseFieldId;

  return (
    <ToolSection id="case" heading={heading} class="case-panel">
      <UrlNotices />
      <p class="tool-intro" data-print="hide">
        Typed once, used by every tool on this page. Nothing you type leaves this device.
      </p>
      <div class="case-grid">
        {shown.has('age') && (
          <NumberField id={id('age')} label="Age (years)" value={fieldsTyped.age} error={values.errors.age} onValue={(v) => set('age', v)} />
        )}
        {shown.has('weight') && (
          <NumberField
            id={id('weight')} label="Weight" value={fieldsTyped.weight} error={values.errors.weight} notes={notes('weight')}
            onValue={(v) => set('weight', v)}
            unit={{ label: 'Weight unit', value: fieldsTyped.weightUnit, options: weightUnits, labels: unitLabels, onChange: (u) => set('weightUnit', u) }}
          />
        )}
        {shown.has('height') && (
          <NumberField
            id={id('height')} label="Height" value={fieldsTyped.height} error={values.errors.height} notes={notes('height')}
            onValue={(v) => set('height', v)}
            unit={{ label: 'Height unit', value: fieldsTyped.heightUnit, options: heightUnits, labels: unitLabels, onChange: (u) => set('heightUnit', u) }}
          />
        )}
        {shown.has('count') && (
          <NumberField
            id={id('count')} label="Platelet count" value={fieldsTyped.count} error={values.errors.count} notes={notes('count')}
            hint={fieldsTyped.count.trim() === '' ? 'Choose the unit your laboratory reports; results use ×10⁹/L.' : undefined}
            onValue={(v) => set('count', v)}
            unit={{ label: 'Platelet count unit', value: fieldsTyped.countUnit, options: plateletUnits, labels: unitLabels, onChange: (u) => set('countUnit', u) }}
          />
        )}
        {shown.has('haemoglobin') && (
          <NumberField
            id={id('haemoglobin')} label="Haemoglobin" value={fieldsTyped.haemoglobin} error={values.errors.haemoglobin}
            notes={notes('haemoglobin')} hint="Needed for anti-D." onValue={(v) => set('haemoglobin', v)}
            unit={{ label: 'Haemoglobin unit', value: fieldsTyped.haemoglobinUnit, options: haemoglobinUnits, labels: unitLabels, onChange: (u) => set('haemoglobinUnit', u) }}
          />
        )}
        {shown.has('months') && (
          <div class="months">
            <NumberField
              id={id('months')} label="Months since diagnosis" value={fieldsTyped.months} error={values.errors.months}
              onValue={(v) => set('months', v)}
            />
            {history && <history.DiagnosisDate id={`${id('months')}-date`} />}
          </div>
        )}
        {shown.has('bleeding') && (
          <SelectField
            id={id('bleeding')} label="Bleeding now" value={fieldsTyped.bleeding} options={bleedingChoices}
            placeholder="Choose…" onChange={(v) => set('bleeding', v)}
          />
        )}
        {shown.has('pregnant') && (
          <ChoiceField id={id('pregnant')} legend="Pregnant" value={fieldsTyped.pregnant} options={answerChoices} onChange={(v) => set('pregnant', v)} />
        )}
        {shown.has('rhD') && (
          <ChoiceField id={id('rhD')} legend="Rh(D) status" value={fieldsTyped.rhD} options={rhChoices} hint="Needed for anti-D." onChange={(v) => set('rhD', v)} />
        )}
        {shown.has('splenectomised') && (
          <ChoiceField
            id={id('splenectomised')} legend="Spleen removed (splenectomy)" value={fieldsTyped.splenectomised}
            options={answerChoices} hint="Needed for anti-D." onChange={(v) => set('splenectomised', v)}
          />
        )}
      </div>
      {shown.has('prior') && history && <history.PriorTherapies prior={fieldsTyped.prior} />}
    </ToolSection>
  );
}
