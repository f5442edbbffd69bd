/**
 * The case's link parameters, documented: a widget reads those of the case fields it shows (its embed's
 * `caseFields`). The names, values and defaults are the case codec's own (case-url.ts); a unit test holds
 * the codec to them (src/embed/presets.test.ts).
 */
import { priorOutcomes, priorTherapies } from '../../engine/algorithm';
import { haemoglobinUnits, heightUnits, plateletUnits, weightUnits } from '../../engine/units';
import { choiceKind as choice, flagKind as flag, inGroup, numberKind as number, type ParamSpec } from '../shared/params';
import { bleedingGrades, emptyCase, type CaseFields } from './case';

type CaseParam = Omit<ParamSpec, 'group'> & { caseField: keyof CaseFields };

export const caseParams: readonly ParamSpec[] = inGroup('case', [
  {
    name: 'age', label: 'Age (years)', kind: number, default: '', caseField: 'age', example: '45',
    description: 'Age in years; under 18 uses the paediatric doses and algorithm.',
  },
  { name: 'wt', label: 'Weight', kind: number, default: '', caseField: 'weight', example: '70', description: 'Body weight, in the unit `wtu`.' },
  {
    name: 'wtok', label: 'Weight checked', kind: flag, default: '', caseField: 'weight', example: '1',
    description: '1 when the weight was checked and confirmed although the tool found it implausible for the age and height.',
  },
  {
    name: 'wtu', label: 'Weight unit', kind: choice(weightUnits), default: emptyCase.weightUnit, caseField: 'weight', example: 'lb',
    description: 'Unit of `wt`.',
  },
  {
    name: 'ht', label: 'Height', kind: number, default: '', caseField: 'height', example: '170',
    description: 'Height, in the unit `htu`; needed for doses per square metre.',
  },
  {
    name: 'htu', label: 'Height unit', kind: choice(heightUnits), default: emptyCase.heightUnit, caseField: 'height', example: 'in',
    description: 'Unit of `ht`.',
  },
  {
    name: 'plt', label: 'Platelet count', kind: number, default: '', caseField: 'count', example: '8',
    description: 'Platelet count now, in the unit `pltu`.',
  },
  {
    name: 'pltu', label: 'Platelet count unit', kind: choice(plateletUnits), default: emptyCase.countUnit, caseField: 'count', example: '/uL',
    description: 'Unit of `plt`: x10^9/L, x10^3/uL (the same number) or /uL.',
  },
  {
    name: 'bleed', label: 'Bleeding', kind: choice(bleedingGrades), default: '', caseField: 'bleeding', example: 'mucosal',
    description: 'Bleeding now, by the grades the algorithm uses.',
  },
  {
    name: 'months', label: 'Months since diagnosis', kind: number, default: '', caseField: 'months', example: '14',
    description: 'Months since ITP was diagnosed (newly diagnosed below 3, chronic above 12).',
  },
  {
    name: 'prior', label: 'Earlier treatments', kind: { type: 'pairs', first: priorTherapies, second: priorOutcomes, form: 'therapy:outcome' },
    default: '', caseField: 'prior', example: 'ivig:no-response,corticosteroids:dependent',
    description: `Earlier treatments and how each went, as therapy:outcome pairs separated by commas. Therapies: ${priorTherapies.join(', ')}. Outcomes: ${priorOutcomes.join(', ')}.`,
  },
  {
    name: 'preg', label: 'Pregnant', kind: flag, default: '', caseField: 'pregnant', example: '1',
    description: '1 if pregnant, 0 if not; left out, the question stays unanswered.',
  },
  {
    name: 'gest', label: 'Gestation (weeks)', kind: number, default: '', caseField: 'gestation', example: '30',
    description: 'Completed weeks of gestation; read only with preg=1.',
  },
  {
    name: 'deliv', label: 'Delivery planned', kind: flag, default: '', caseField: 'deliveryPlanned', example: '1',
    description: '1 if delivery is planned (induction, caesarean or labour expected soon), 0 if not; read only with preg=1.',
  },
  {
    name: 'liver', label: 'Hepatic impairment', kind: flag, default: '', caseField: 'hepatic', example: '0',
    description: '1 if there is hepatic impairment of any degree, 0 if not; for danazol and the eltrombopag start dose.',
  },
  {
    name: 'rhd', label: 'Rh(D) status', kind: choice(['positive', 'negative']), default: '', caseField: 'rhD', example: 'positive',
    description: 'Rh(D) status, for anti-D.',
  },
  {
    name: 'splen', label: 'Splenectomised', kind: flag, default: '', caseField: 'splenectomised', example: '0',
    description: '1 after a splenectomy, 0 if not; for anti-D.',
  },
  {
    name: 'hb', label: 'Haemoglobin', kind: number, default: '', caseField: 'haemoglobin', example: '12',
    description: 'Haemoglobin, in the unit `hbu`; for anti-D.',
  },
  {
    name: 'hbu', label: 'Haemoglobin unit', kind: choice(haemoglobinUnits), default: emptyCase.haemoglobinUnit, caseField: 'haemoglobin', example: 'g/L',
    description: 'Unit of `hb`.',
  },
] satisfies CaseParam[]);
