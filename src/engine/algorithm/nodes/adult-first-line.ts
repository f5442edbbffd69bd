/**
 * Adults (guidelines.md §1.2, 9-line answer 2 and 4). First: is second-line treatment due at 3 months or
 * more (ASH 2019 recs 6–9)? Dependence on corticosteroids is itself the indication there, whatever the count,
 * because corticosteroids hold the count up; no response or intolerance is, when the count is below 30 or
 * there is bleeding beyond minor. Otherwise observe at 30 or more without bleeding (rec 1b; §4.2), and before
 * any second-line agent give an adequate corticosteroid course, because IVIG failure is not corticosteroid
 * failure (recs 3–4; seed error 6).
 */
import { formatAmount, formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import {
  corticosteroidDependent, corticosteroidsFailed, isNewlyDiagnosed, secondLineDue, secondLineStarted, treatmentNeededNow, tried,
} from '../facts';
import { thresholds as t } from '../thresholds';
import type { AlgorithmNode, Grade } from '../types';
import { offering } from './offering';
import { noCorticosteroidRecorded } from './shared-notes';

const months = (value: number): string => `${n(value)} months`;

const rec3: Grade = { recommendation: 'ash-2019 rec 3', strength: 'strong', strengthStatus: 'secondary', certainty: 'UNVERIFIED' };
const rec4: Grade = { recommendation: 'ash-2019 rec 4', strength: 'conditional', strengthStatus: 'secondary', certainty: 'UNVERIFIED' };

const dependence = `If corticosteroids fail, or are needed for ${months(2)} or more to keep the count at ${formatCount(t.observeFromCount)} or above (dependence, IWG 2009), the second-line options follow.`;

export const adultFirstLineNodes: readonly AlgorithmNode[] = [
  {
    id: 'adult-recs-6-9', kind: 'decision',
    label: `ITP ${months(t.persistentFromMonths)} or more, second line due?`,
    detail: `ITP for ${months(t.persistentFromMonths)} or more, and corticosteroids failed, were needed continually or were not tolerated, or a corticosteroid course was followed by second-line treatment: ASH 2019 recs 6–9 apply. Dependence, or a second-line agent on record, whatever the count; no response or intolerance below ${formatCount(t.observeFromCount)} or with bleeding beyond minor.`,
    citations: ['ash-2019 recs 6–9', 'iwg-2009', 'cuker-neunert-2016'],
    // Our reading (guidelines.md §1.2, §3.1, §4.2): recs 6–9 name no count, but a patient off corticosteroids
    // whose count is 30 or more without bleeding needs no treatment now (observation is reasonable, Cuker and
    // Neunert); a dependent patient's count is held up by corticosteroids, and one with a second-line agent on
    // record may be held up by it, so those keep the second-line options whatever the count.
    branches: [{
      when: (f) => !isNewlyDiagnosed(f) && secondLineDue(f) && (treatmentNeededNow(f) || corticosteroidDependent(f) || secondLineStarted(f)),
      label: 'yes', to: 'adult-second-line',
    }],
    otherwise: { label: 'no', to: 'adult-count-30' },
  },
  {
    id: 'adult-count-30', kind: 'decision',
    label: `Count ${n(t.observeFromCount)} or more, no or minor bleeding?`,
    detail: 'Not for a corticosteroid-dependent patient, whose count corticosteroids hold up.',
    citations: ['ash-2019 rec 1b', 'cuker-neunert-2016', 'ash-2019 rec 3'],
    // A dependent patient's count is held up by corticosteroids: observing it would leave them on corticosteroids
    // past ASH 2019 rec 3's 6 weeks (guidelines.md §1.2, §9), so they go on to the early second-line options.
    branches: [{ when: (f) => !treatmentNeededNow(f) && !corticosteroidDependent(f), label: 'yes, not corticosteroid-dependent', to: 'adult-observation' }],
    otherwise: { label: 'no', to: 'steroid-course' },
  },
  offering({
    id: 'adult-observation', title: 'Adult',
    citations: ['ash-2019 rec 1b', 'cuker-neunert-2016'],
    offers: [{
      option: 'observation',
      rationale: `A count of ${formatCount(t.observeFromCount)} or more with no or minor bleeding: for newly diagnosed adults ASH 2019 recommends observation over corticosteroids (rec 1b); otherwise, observation is reasonable for most patients without symptoms at ${n(20)}–${formatCount(30)} or more (Cuker and Neunert).`,
      citations: ['ash-2019 rec 1b', 'cuker-neunert-2016'],
      grades: [{ recommendation: 'ash-2019 rec 1b', strength: 'strong', strengthStatus: 'secondary', certainty: 'UNVERIFIED' }],
    }],
    notes: [{
      // The exit for a patient whose corticosteroids failed but who needs no treatment at this count.
      when: corticosteroidsFailed,
      code: 'observe-after-corticosteroid-failure',
      message: `Corticosteroids did not work or were not tolerated, but with a count of ${formatCount(t.observeFromCount)} or more and no or minor bleeding no treatment is needed now: treatment aims at a count that prevents bleeding, not a normal count. If the count falls below ${formatCount(t.observeFromCount)} or bleeding beyond minor appears, the second-line options follow.`,
      citation: 'cuker-neunert-2016',
    }],
    next: { to: 'check-tried-before' },
  }),
  {
    id: 'steroid-course', kind: 'decision',
    label: 'Corticosteroids so far?',
    citations: ['ash-2019', 'iwg-2009'],
    branches: [
      { when: (f) => !tried(f, 'corticosteroids'), label: 'none yet', to: 'corticosteroids-first' },
      { when: secondLineDue, label: `failed or second line begun, below ${months(t.persistentFromMonths)}`, to: 'adult-early' },
    ],
    otherwise: { label: 'responded', to: 'corticosteroids-repeat' },
  },
  offering({
    id: 'corticosteroids-first', title: 'Corticosteroids first',
    detail: `IVIG failure is not corticosteroid failure: dexamethasone, or prednisone for at most ${n(6)} weeks in all.`,
    citations: ['ash-2019 rec 3', 'ash-2019 rec 4', 'icr-2019'],
    offers: [
      {
        option: 'dexamethasone-high-dose',
        rationale: `Give an adequate corticosteroid course before any second-line agent: dexamethasone ${formatAmount(40, 'mg')} daily for ${n(4)} days, or prednisone ${n(0.5)}–${formatAmount(2, 'mg/kg')} daily with the whole course, taper included, no longer than ${n(6)} weeks (ASH 2019 recs 3 and 4). ${dependence}`,
        citations: ['ash-2019 rec 3', 'ash-2019 rec 4', 'icr-2019', 'iwg-2009'],
        grades: [rec3, rec4],
      },
      {
        option: 'prednisone',
        rationale: `ASH 2019 suggests prednisone or high-dose dexamethasone, either (rec 4): prednisone ${n(0.5)}–${formatAmount(2, 'mg/kg')} daily, the whole course, taper included, no longer than ${n(6)} weeks (rec 3); the ICR gives ${formatAmount(1, 'mg/kg')} daily, at most ${formatAmount(80, 'mg')}, for ${n(2)} weeks (at most ${n(3)}). ${dependence}`,
        citations: ['ash-2019 rec 3', 'ash-2019 rec 4', 'icr-2019', 'iwg-2009'],
        grades: [rec3, rec4],
      },
    ],
    notes: [noCorticosteroidRecorded],
    next: { to: 'check-tried-before' },
  }),
  offering({
    id: 'corticosteroids-repeat', title: 'Repeat course',
    detail: `Corticosteroids worked before; needing them for ${months(2)} or more is dependence.`,
    citations: ['icr-2019', 'ash-2019 rec 3', 'iwg-2009'],
    offers: [{
      option: 'dexamethasone-high-dose',
      rationale: `Corticosteroids worked before, so a repeat short course is reasonable; avoid prolonged courses (ASH 2019 rec 3). Needing corticosteroids for ${months(2)} or more to keep the count at ${formatCount(t.observeFromCount)} or above is corticosteroid dependence (IWG 2009), and then the second-line options apply.`,
      citations: ['icr-2019', 'ash-2019 rec 3', 'iwg-2009'],
    }],
    next: { to: 'check-tried-before' },
  }),
];
