/**
 * One view per case field, each a separate export: a tool's view names the case views it reads, and
 * the bundler leaves the others out (the titration page carries the age and weight controls, not the
 * anti-D or history ones: a tool page and an embed have 30 KB of JavaScript each). The history views, with
 * their own helpers, are in history-fields.tsx.
 */
import type { VNode } from 'preact';
import { haemoglobinUnits, heightUnits, plateletUnits, unitLabels, weightUnits } from '../../engine/units';
import { bleedingGrades, setCaseField as set, type CaseFields } from './case';
import type { CaseValues } from './case-values';
import { caseFieldId as id } from './control-ids';
import { ChoiceField } from '../shared/ui/ChoiceField';
import { NumberField } from '../shared/ui/NumberField';
import { SelectField } from '../shared/ui/SelectField';
import { answerChoices, choicesOf } from '../shared/ui/choices';
import { bleedingLabels } from './labels';

export interface CaseFieldViewProps {
  /** The case as typed. */
  typed: CaseFields;
  /** The case read by the engine: each field's error and unit notes. */
  values: CaseValues;
}

/** A view may show nothing: a question that applies only after another answer (gestation, once pregnant). */
export type CaseFieldView = (props: CaseFieldViewProps) => VNode | null;

const notes = (values: CaseValues, key: keyof CaseFields) => values.notes[key]?.map((note) => note.message);

export const AgeField = ({ typed, values }: CaseFieldViewProps) => (
  <NumberField id={id('age')} label="Age (years)" value={typed.age} error={values.errors.age} onValue={(v) => set('age', v)} />
);

/**
 * The weight, and the reader's confirmation when the engine finds it implausible for the age and height: the
 * dose waits until then (issue #18). The box stays once ticked, so it can be unticked; a new weight unticks it.
 */
export const WeightField = ({ typed, values }: CaseFieldViewProps) => (
  <div class="weight">
    <NumberField
      id={id('weight')} label="Weight" value={typed.weight} error={values.errors.weight} notes={notes(values, 'weight')}
      onValue={(v) => set('weight', v)}
      unit={{ label: 'Weight unit', value: typed.weightUnit, options: weightUnits, labels: unitLabels, onChange: (u) => set('weightUnit', u) }}
    />
    {(values.weightCheck === 'implausible' || values.weightCheck === 'confirmed') && (
      <label class="confirm">
        <input
          type="checkbox" id={id('weightConfirmed')} checked={typed.weightConfirmed === 'yes'}
          onChange={(event) => set('weightConfirmed', event.currentTarget.checked ? 'yes' : '')}
        />
        I have checked this weight and it is right
      </label>
    )}
  </div>
);

export const HeightField = ({ typed, values }: CaseFieldViewProps) => (
  <NumberField
    id={id('height')} label="Height" value={typed.height} error={values.errors.height} notes={notes(values, 'height')}
    onValue={(v) => set('height', v)}
    unit={{ label: 'Height unit', value: typed.heightUnit, options: heightUnits, labels: unitLabels, onChange: (u) => set('heightUnit', u) }}
  />
);

export const CountField = ({ typed, values }: CaseFieldViewProps) => (
  <NumberField
    id={id('count')} label="Platelet count" value={typed.count} error={values.errors.count} notes={notes(values, 'count')}
    hint={typed.count.trim() === '' ? 'Choose the unit your laboratory reports; results use ×10⁹/L.' : undefined}
    onValue={(v) => set('count', v)}
    unit={{ label: 'Platelet count unit', value: typed.countUnit, options: plateletUnits, labels: unitLabels, onChange: (u) => set('countUnit', u) }}
  />
);

export const HaemoglobinField = ({ typed, values }: CaseFieldViewProps) => (
  <NumberField
    id={id('haemoglobin')} label="Haemoglobin" value={typed.haemoglobin} error={values.errors.haemoglobin}
    notes={notes(values, 'haemoglobin')} hint="Needed for anti-D." onValue={(v) => set('haemoglobin', v)}
    unit={{ label: 'Haemoglobin unit', value: typed.haemoglobinUnit, options: haemoglobinUnits, labels: unitLabels, onChange: (u) => set('haemoglobinUnit', u) }}
  />
);

// Built in the view, not at the top of the module: a call there is kept in every bundle that imports
// any view from this file, whether it shows the bleeding control or not.
export const BleedingField = ({ typed }: CaseFieldViewProps) => (
  <SelectField
    id={id('bleeding')} label="Bleeding now" value={typed.bleeding} options={choicesOf(bleedingGrades, bleedingLabels)}
    placeholder="Choose…" onChange={(v) => set('bleeding', v)}
  />
);

export const PregnantField = ({ typed }: CaseFieldViewProps) => (
  <ChoiceField id={id('pregnant')} legend="Pregnant" value={typed.pregnant} options={answerChoices} onChange={(v) => set('pregnant', v)} />
);

/** Never a checkbox: "not known" is an answer, and a contraindication is never read from a box left unticked. */
export const HepaticField = ({ typed }: CaseFieldViewProps) => (
  <ChoiceField
    id={id('hepatic')} legend="Hepatic impairment (any degree)" value={typed.hepatic} options={answerChoices}
    hint="Danazol is contraindicated with it; eltrombopag starts at a lower dose." onChange={(v) => set('hepatic', v)}
  />
);

const rhChoices = [
  { value: 'positive', label: 'Positive' },
  { value: 'negative', label: 'Negative' },
  { value: '', label: 'Not known' },
] as const;

export const RhDField = ({ typed }: CaseFieldViewProps) => (
  <ChoiceField id={id('rhD')} legend="Rh(D) status" value={typed.rhD} options={rhChoices} hint="Needed for anti-D." onChange={(v) => set('rhD', v)} />
);

export const SplenectomisedField = ({ typed }: CaseFieldViewProps) => (
  <ChoiceField
    id={id('splenectomised')} legend="Spleen removed (splenectomy)" value={typed.splenectomised}
    options={answerChoices} hint="Needed for anti-D." onChange={(v) => set('splenectomised', v)}
  />
);
