/**
 * A named clinical scenario: a case, the advice expected for it and the source sentences the expectation was
 * written from (guidelines.md, restated in docs/source-register/guidelines.md), not from the code.
 */
import type { CaseInput, PriorTreatment } from '../../types';
import type { OptionId, PriorOutcome, PriorTherapy, Urgency } from '../../vocabulary';

/** An option expected valid now (its id), or expected to wait (`{ id, deferred: true }`). */
export type ExpectedOption = OptionId | { id: OptionId; deferred: true };

export interface Scenario {
  /** Kebab-case, stable. */
  id: string;
  name: string;
  /** The ASH 2019 or ICR population it stands for. */
  population: string;
  input: CaseInput;
  expected: { urgency: Urgency; options: readonly ExpectedOption[] };
  /** What the sources say, in our words, with the register section. */
  sources: readonly string[];
}

export const later = (id: OptionId): ExpectedOption => ({ id, deferred: true });
export const had = (therapy: PriorTherapy, outcome: PriorOutcome): PriorTreatment => ({ therapy, outcome });
export const ivigFailed = had('ivig', 'no-response');
export const steroidsFailed = had('corticosteroids', 'no-response');
export const steroidDependent = had('corticosteroids', 'dependent');

/** ASH 2019 recs 6–9 then the later-approved and older agents (§1.2, §2.2, §9), from 12 months on. */
export const adultSecondLine: readonly ExpectedOption[] = [
  'tpo-ra', 'rituximab', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant',
];
export const recs6to9 = 'guidelines.md §1.2 recs 6–9: adults with ITP for 3 months or more who are corticosteroid-dependent or unresponsive: a TPO-RA over rituximab, rituximab over splenectomy, a TPO-RA or splenectomy; no count limit in the population.';
export const ivigIsNotSteroid = 'guidelines.md 9-line answer 2, §9: IVIG failure is not corticosteroid failure; a patient without an adequate corticosteroid course gets one first.';
export const splenectomyTiming = 'guidelines.md §5: splenectomy waits at least 12 months from diagnosis (ASH 2011/2019; ICR 12–24 months).';
export const laterAgents = 'guidelines.md §2.2: fostamatinib (chronic ITP, adults) and rilzabrutinib (persistent or chronic, adults) came after ASH 2019; THANZ lists other immunosuppressants with no preferred agent.';
