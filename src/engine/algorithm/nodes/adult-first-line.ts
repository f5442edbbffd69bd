/**
 * Adults before second-line treatment (guidelines.md §1.2, 9-line answer 2): observe at 30 or more without
 * bleeding (ASH 2019 rec 1b); otherwise an adequate corticosteroid course before any second-line agent,
 * because IVIG failure is not corticosteroid failure (recs 3–4; seed error 6).
 */
import { formatAmount, formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import { noOrMinorBleeding, secondLineStarted, tried } from '../facts';
import { thresholds as t } from '../thresholds';
import type { AlgorithmNode } from '../types';
import { offering } from './offering';

const months = (value: number): string => `${n(value)} months`;

export const adultFirstLineNodes: readonly AlgorithmNode[] = [
  {
    id: 'adult-count-30', kind: 'decision',
    label: `Count ${n(t.observeFromCount)} or more, no or minor bleeding?`,
    citations: ['ash-2019 rec 1b', 'cuker-neunert-2016'],
    branches: [{ when: (f) => f.count >= t.observeFromCount && noOrMinorBleeding(f), label: 'yes', to: 'adult-observation' }],
    otherwise: { label: 'no', to: 'second-line-started' },
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
    next: { to: 'check-tried-before' },
  }),
  {
    id: 'second-line-started', kind: 'decision',
    label: 'Second-line treatment given?',
    citations: ['ash-2019'],
    branches: [{ when: secondLineStarted, label: 'yes', to: 'disease-3-months' }],
    otherwise: { label: 'no', to: 'steroid-course' },
  },
  {
    id: 'steroid-course', kind: 'decision',
    label: 'Corticosteroids so far?',
    citations: ['ash-2019', 'iwg-2009'],
    branches: [
      { when: (f) => !tried(f, 'corticosteroids'), label: 'none yet', to: 'corticosteroids-first' },
      { when: (f) => f.outcomes.get('corticosteroids') === 'response', label: 'responded', to: 'corticosteroids-repeat' },
    ],
    otherwise: { label: 'dependent, no response or not tolerated', to: 'disease-3-months' },
  },
  offering({
    id: 'corticosteroids-first', title: 'Corticosteroids first',
    detail: 'IVIG failure is not corticosteroid failure: dexamethasone, or prednisone for at most 6 weeks in all.',
    citations: ['ash-2019 rec 3', 'ash-2019 rec 4', 'icr-2019'],
    offers: [{
      option: 'dexamethasone-high-dose',
      rationale: `Give an adequate corticosteroid course before any second-line agent: dexamethasone ${formatAmount(40, 'mg')} daily for ${n(4)} days, or prednisone ${n(0.5)}–${formatAmount(2, 'mg/kg')} daily with the whole course, taper included, no longer than ${n(6)} weeks (ASH 2019 recs 3 and 4). If corticosteroids fail, or are needed for ${months(2)} or more to keep the count at ${formatCount(30)} or above (dependence, IWG 2009), the second-line options follow.`,
      citations: ['ash-2019 rec 3', 'ash-2019 rec 4', 'icr-2019', 'iwg-2009'],
      grades: [
        { recommendation: 'ash-2019 rec 3', strength: 'strong', strengthStatus: 'secondary', certainty: 'UNVERIFIED' },
        { recommendation: 'ash-2019 rec 4', strength: 'conditional', strengthStatus: 'secondary', certainty: 'UNVERIFIED' },
      ],
    }],
    next: { to: 'check-tried-before' },
  }),
  offering({
    id: 'corticosteroids-repeat', title: 'Repeat course',
    detail: 'Corticosteroids worked before; needing them for 2 months or more is dependence.',
    citations: ['icr-2019', 'ash-2019 rec 3', 'iwg-2009'],
    offers: [{
      option: 'dexamethasone-high-dose',
      rationale: `Corticosteroids worked before, so a repeat short course is reasonable; avoid prolonged courses (ASH 2019 rec 3). Needing corticosteroids for ${months(2)} or more to keep the count at ${formatCount(30)} or above is corticosteroid dependence (IWG 2009), and then the second-line options apply.`,
      citations: ['icr-2019', 'ash-2019 rec 3', 'iwg-2009'],
    }],
    next: { to: 'check-tried-before' },
  }),
];
