/**
 * The option catalogue: for each option, its readable name (option-labels.ts) and what a clinician should know about it
 * wherever it is offered (trade-offs, safety checks, evidence). What depends on the situation (why it is
 * offered here, the guideline's ranking) sits with the node that offers it. Sources: guidelines.md §4–§8,
 * drugs.md §5–§10. Numbers reach the text only through the ISMP-safe formatters.
 */
import type { Citation } from '../citations';
import { formatAmount, formatCount } from '../format/amount';
import { formatNumber as n } from '../format/number';
import { optionLabels } from './option-labels';
import { thresholds } from './thresholds';
import type { OptionId } from './vocabulary';

export interface OptionEntry {
  label: string;
  about: string;
  citations: readonly Citation[];
}

const range = (low: number, high: number, unit = ''): string => `${n(low)}–${n(high)}${unit}`;

export const optionCatalogue: Readonly<Record<OptionId, OptionEntry>> = {
  'emergency-care': {
    label: optionLabels['emergency-care'],
    about: 'Stop drugs that impair platelet function and control blood pressure. Other adjuncts: IV anti-D (Rh-positive, not splenectomised), vincristine or vinblastine (not in pregnancy), and rarely emergency splenectomy.',
    citations: ['icr-2019', 'stasi-provan-2004'],
  },
  'multiagent-rescue': {
    label: optionLabels['multiagent-rescue'],
    about: `In one series, ${n(35)} patients with no response to IVIG and/or high-dose corticosteroids received ${n(3)} or ${n(4)} IV agents together (IVIG, methylprednisolone, vincristine and/or anti-D): ${n(71)}% had a rise of at least ${formatCount(20)} to above ${formatCount(30)}, with one ileus. Caveats: a small uncontrolled series, a modest definition of response, the age mix was not reported, and the per-dose caps in common use (methylprednisolone ${formatAmount(1, 'g')}, vincristine ${formatAmount(2, 'mg')}) are not stated in the source. Anti-D only for Rh-positive, non-splenectomised patients. Not in pregnancy: vinca alkaloids are avoided.`,
    citations: ['boruchov-2007', 'icr-2019'],
  },
  'dexamethasone-high-dose': {
    label: optionLabels['dexamethasone-high-dose'],
    // The ICR's "repeated up to three times" is ambiguous; drugs.md §7.1 takes the conservative reading.
    // Said of adults only: children are dosed by weight (drugs.md §7.2), and the repeat courses are an adult rule.
    about: `For adults a flat dose, not weight-based, and the ICR allows repeat courses, read here as at most ${n(3)} courses in all; children are dosed by weight. The dose and its cap come from the regimen calculator.`,
    citations: ['icr-2019'],
  },
  prednisone: {
    label: optionLabels.prednisone,
    // Prolonged courses are discouraged by the ICR (guidelines.md §2.1); the dose tables are drugs.md §7.1–7.2.
    about: 'Oral prednisone or prednisolone; the dose, its cap and the taper come from the regimen calculator. Prolonged courses are discouraged.',
    citations: ['icr-2019'],
  },
  'methylprednisolone-pulse': {
    label: optionLabels['methylprednisolone-pulse'],
    about: 'An IV corticosteroid pulse for a fast rise; the dose and its cap come from the regimen calculator.',
    citations: ['icr-2019'],
  },
  'tpo-ra': {
    label: optionLabels['tpo-ra'],
    about: `Eltrombopag or romiplostim (for adults ASH 2019 prefers neither, rec 6); avatrombopag, approved later (adults with chronic ITP, and since July 2025 children from age 1 with persistent or chronic ITP), was not assessed by ASH 2019. Continuing treatment rather than a finite course. Thrombotic events occur in roughly ${range(2, 6, '%')} of patients on a TPO-RA; weigh thrombotic risk factors, and expect more marrow reticulin with longer treatment and older age.`,
    citations: ['kuter-2008', 'cheng-2011', 'jurczak-2018', 'shen-2024', 'ghanima-2014', 'doptelet-uspi'],
  },
  rituximab: {
    label: optionLabels.rituximab,
    // The low dose was studied in adults only (drugs.md §6; the regimen calculator gives children no low dose).
    about: `A finite course of ${n(4)} weekly infusions (the standard dose, or for adults a low dose: see the regimen calculator). Screen for hepatitis B (HBsAg and anti-HBc) before the first dose: boxed warning for reactivation. It blunts vaccine responses for at least ${n(6)} months, so vaccinate first where possible, especially if splenectomy may follow.`,
    citations: ['fda-rituximab-hbv-2013', 'nazi-2013', 'rituximab-uspi'],
  },
  splenectomy: {
    label: optionLabels.splenectomy,
    about: `The highest durable response rate of ITP treatments (${range(50, 70, '%')}), with no reliable predictor of response; surgical mortality ${n(0.2)}% laparoscopic and ${n(1)}% open across ${n(135)} series. Higher risks of venous thrombosis and sepsis afterwards, most of all early. Offered from ${n(thresholds.splenectomyFromMonths)} months after diagnosis (ASH 2011 and 2019); the ICR advises ${range(12, 24)} months, because remission or stabilisation can come late. Vaccinate against pneumococcus, meningococcus and Haemophilus influenzae type b at least ${n(2)} weeks before surgery. Older patients respond less often and have more surgical complications.`,
    citations: ['chaturvedi-2018', 'kojouri-2004', 'boyle-2013', 'ash-2011', 'icr-2019'],
  },
  fostamatinib: {
    label: optionLabels.fostamatinib,
    about: `Oral SYK inhibitor for adults with chronic ITP and an insufficient response to a previous treatment; approved after the ASH 2019 evidence review. In the FIT trials, stable response ${n(18)}% against ${n(2)}% with placebo; main adverse effects diarrhoea, hypertension, nausea and raised ALT. Embryo-fetal toxicity: effective contraception during treatment and for at least ${n(1)} month after.`,
    citations: ['tavalisse-uspi', 'bussel-2018'],
  },
  rilzabrutinib: {
    label: optionLabels.rilzabrutinib,
    about: `Oral BTK inhibitor for adults with persistent or chronic ITP and an insufficient response to a previous treatment; approved in the US after the ASH 2019 evidence review. In LUNA3, durable response ${n(23)}% against ${n(0)}% with placebo. Warnings: serious infections, liver injury, embryo-fetal toxicity; avoid proton-pump inhibitors and moderate or strong CYP3A inhibitors and inducers.`,
    citations: ['wayrilz-uspi', 'kuter-2025'],
  },
  'danazol-azathioprine': {
    label: optionLabels['danazol-azathioprine'],
    about: `Oral maintenance from the multi-agent series: of the ${n(18)} patients given it, two thirds reached stable counts above ${formatCount(50)} without other treatment. Off-label and less studied than the approved agents with randomised evidence (TPO-RAs, fostamatinib, rilzabrutinib), so it is ranked after them. Adult doses only; danazol is avoided in pregnancy.`,
    citations: ['boruchov-2007'],
  },
  'other-immunosuppressant': {
    label: optionLabels['other-immunosuppressant'],
    about: 'Azathioprine, mycophenolate or dapsone, off-label. Slow onset; check G6PD before dapsone. Adult doses only in the sources.',
    citations: ['thanz-2022'],
  },
  observation: {
    label: optionLabels.observation,
    about: 'Treatment aims at a count that prevents serious bleeding, not a normal count. Review again if bleeding appears or the count falls.',
    citations: ['thanz-2022'],
  },
};
