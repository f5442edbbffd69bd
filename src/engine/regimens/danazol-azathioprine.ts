/**
 * Danazol with azathioprine, oral maintenance after the Boruchov induction (drugs.md §9–10; W76): danazol
 * 10–15 mg/kg daily and azathioprine 2 mg/kg daily (✔2).
 * - Danazol is capped at 800 mg a day: the danazol SmPC's maximum (not exceeding 800 mg/day; usual range
 *   200–800 mg daily in up to 4 divided doses), set for its licensed uses, not for ITP (✔2: two SmPC copies;
 *   drugs.md §10). Our reading: the label's ceiling applies in ITP too, the lower dose where sources are
 *   silent. Above 53.3 kg it trims the range’s upper end; from 80 kg both ends are 800 mg.
 * - Azathioprine: the 150 mg/day maximum quoted elsewhere is UNVERIFIED (drugs.md §12 item 13), so a note says
 *   so rather than the engine applying it.
 * Whether each daily amount is one dose or divided is not stated in the source.
 */
import { formatDose } from '../format/dose';
import type { Note } from '../result';
import { regimenNames } from './names';
import { planItems } from './plan';
import type { ItemSpec, PopulationLimit, RegimenDefinition } from './types';

const daily = 'daily (the source does not say whether as one dose or divided)';
const smpc = 'danazol SmPC §4.2–4.3 and US label boxed warning (drugs.md §10)';

const maintenance: readonly ItemSpec[] = [
  {
    drug: 'danazol',
    dose: { basis: 'weight', perKg: 10, perKgMax: 15, unit: 'mg', cap: { amount: 800, source: 'danazol SmPC maximum daily dose' } },
    route: 'oral', schedule: daily, per: 'day', citations: ['boruchov-2007'],
  },
  {
    drug: 'azathioprine', dose: { basis: 'weight', perKg: 2, unit: 'mg' }, route: 'oral',
    schedule: daily, per: 'day', citations: ['boruchov-2007'],
  },
];

const limits: readonly PopulationLimit[] = [
  {
    kind: 'contraindicated', fact: 'pregnant', drug: 'danazol', code: 'pregnancy-danazol',
    message: 'Contraindicated in pregnancy: danazol. It can masculinise a female fetus; its label contraindicates it in pregnancy (a boxed warning) and the ICR says to avoid it. Exclude pregnancy before starting and use non-hormonal contraception. Instead, in pregnancy: corticosteroids or IVIG (ASH 2011, grade 1C); for refractory cases the ICR gives high-dose methylprednisolone with IVIG and/or azathioprine.',
    // The alternatives are guidelines.md §8.2's (audit 3: the limit named none).
    rule: 'danazol is contraindicated in pregnancy', source: `${smpc}; ASH 2011 and ICR 2019 (guidelines.md §8.2)`, citation: 'icr-2019',
  },
  {
    kind: 'contraindicated', fact: 'hepatic-impairment', drug: 'danazol', code: 'hepatic-danazol',
    message: 'Contraindicated with marked hepatic impairment: danazol (SmPC). Hepatic impairment is recorded: this tool treats it as a contraindication; the prescriber judges its degree. Instead: another second-line option (ASH 2019: a TPO-RA, rituximab or splenectomy); eltrombopag has its own liver rules.',
    // Our reading: the sources name no alternative for liver disease, so the limit names ASH 2019's second-line
    // options (guidelines.md §1.2, recs 6–9), and eltrombopag's liver rules (drugs.md §2.1, §2.3, §2.5) as the ones to check.
    rule: 'danazol is contraindicated in marked hepatic impairment', source: smpc,
  },
  {
    kind: 'no-data', fact: 'child', code: 'danazol-azathioprine-no-paediatric-data',
    message: 'No data for children: the sources give these maintenance doses for adults only (the Boruchov series did not report its ages). The doses shown are the adult rules applied to this weight.',
    rule: 'the sources give no paediatric doses', source: 'Boruchov 2007 (drugs.md §9)', citation: 'boruchov-2007',
  },
];

const evidence: Note = {
  code: 'maintenance-evidence',
  message: 'In the Boruchov series 18 of 35 patients had this maintenance; two thirds reached stable counts above 50 ×10⁹/L without other treatment.',
  citation: 'boruchov-2007',
};

const danazolBoxedWarning: Note = {
  code: 'danazol-boxed-warning',
  message: 'Danazol boxed warnings: thromboembolism and thrombosis, including fatal strokes; peliosis hepatis and benign hepatic adenoma with long-term use, which can bleed into the abdomen; benign intracranial hypertension — stop it if papilloedema appears. Contraindicated in pregnancy. Use the lowest dose that works.',
};

const danazolMonitoring: Note = {
  code: 'danazol-monitoring',
  message: 'Danazol: check liver tests and watch for virilisation.',
};

const azathioprineMonitoring: Note = {
  code: 'azathioprine-monitoring',
  message: 'Azathioprine: check TPMT before starting and blood counts during treatment; its effect is slow to start.',
};

function azathioprineCap(weightKg: number): Note {
  return {
    code: 'azathioprine-cap-unverified',
    message: `A maximum of 150 mg/day is sometimes quoted for azathioprine, but it is not verified in this tool's sources, so it is not applied (2 mg/kg here is ${formatDose({ amount: 2 * weightKg, unit: 'mg' })} daily).`,
  };
}

/** Every plan's notes, apart from the azathioprine amount for one weight. */
const notes: readonly Note[] = [danazolBoxedWarning, evidence, danazolMonitoring, azathioprineMonitoring];

export const danazolAzathioprine: RegimenDefinition = {
  id: 'danazol-azathioprine',
  name: regimenNames['danazol-azathioprine'],
  needs: [],
  citations: ['boruchov-2007'],
  limits,
  rules: () => maintenance,
  notes: () => notes,
  plan: (_patient, body) => planItems(maintenance, body, [...notes, azathioprineCap(body.weightKg)]),
};
