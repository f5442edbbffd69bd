/**
 * Children, younger than 18 (guidelines.md §1.3, §8.1): observation for no or skin-only bleeding whatever
 * the count; after first-line failure with mucosal bleeding or reduced quality of life, a TPO-RA before
 * rituximab before splenectomy (ASH 2019, conditional ◐). Adult-only agents are removed by the child check.
 */
import { formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import { isChild, noOrMinorBleeding, secondLineStarted, tried } from '../facts';
import { thresholds as t } from '../thresholds';
import type { AlgorithmNode, Grade } from '../types';
import { offering } from './offering';

/** Paediatric recommendation numbers after 10b are UNVERIFIED in the digest, so the locator names the population. */
const afterFirstLine: Grade = {
  recommendation: 'ash-2019 paediatric, no response to first-line treatment',
  strength: 'conditional', strengthStatus: 'secondary', certainty: 'UNVERIFIED',
};

export const childNodes: readonly AlgorithmNode[] = [
  {
    id: 'age-child', kind: 'decision',
    label: `Age below ${n(t.adultFromYears)}?`,
    citations: ['ash-2019'],
    branches: [{ when: isChild, label: 'yes, child', to: 'child-bleeding' }],
    otherwise: { label: 'no, adult', to: 'adult-count-30' },
  },
  {
    id: 'child-bleeding', kind: 'decision',
    label: 'Mucosal bleeding or poor quality of life?',
    detail: 'Mucosal or worse bleeding, or reduced health-related quality of life.',
    citations: ['ash-2019', 'icr-2019'],
    branches: [{ when: (f) => !noOrMinorBleeding(f) || f.qualityOfLifeImpaired, label: 'yes', to: 'child-second-line' }],
    otherwise: { label: 'no or skin-only bleeding', to: 'child-observation' },
  },
  offering({
    id: 'child-observation', title: 'Child',
    detail: 'No or skin-only bleeding: observation whatever the count.',
    citations: ['ash-2019', 'ash-2011', 'icsg-2008', 'icr-2019'],
    offers: [{
      option: 'observation',
      rationale: `No or skin-only bleeding: ASH 2019 suggests observation whatever the count (ASH 2011, grade 1B). Severe bleeding is rare: ${n(3)} of ${n(505)} children with counts of ${formatCount(20)} or below and no or mild bleeding had new severe bleeding over ${n(28)} days. Give advice and ${n(24)}-hour access to care; treat and consider admission for worsening bleeding, a risk of intracranial bleeding (head injury, unexplained headache), or a family unable to cope or return (ICR).`,
      citations: ['ash-2019', 'ash-2011', 'icsg-2008', 'icr-2019'],
      grades: [{
        recommendation: 'ash-2019 paediatric, no or minor bleeding',
        strength: 'strong', strengthStatus: 'UNVERIFIED', certainty: 'UNVERIFIED',
      }],
    }],
    next: { to: 'check-tried-before' },
  }),
  offering({
    id: 'child-second-line', title: 'Child',
    detail: 'After first-line failure, in order of preference (ASH 2019).',
    citations: ['ash-2019', 'ash-2011', 'icr-2019'],
    offers: [
      {
        option: 'tpo-ra',
        rationale: `For children with mucosal bleeding or reduced quality of life after first-line treatment has failed, ASH 2019 suggests a TPO-RA over rituximab and over splenectomy. Labels: eltrombopag from age ${n(t.childTpoRaFromYears)} year with persistent or chronic ITP; romiplostim from age ${n(t.childTpoRaFromYears)} year with ITP of ${n(6)} months or more.`,
        citations: ['ash-2019', 'promacta-uspi', 'nplate-uspi'],
        grades: [afterFirstLine],
      },
      {
        option: 'rituximab',
        rationale: 'ASH 2019 suggests rituximab after a TPO-RA and over splenectomy for children.',
        citations: ['ash-2019'],
        grades: [afterFirstLine],
      },
      {
        option: 'splenectomy',
        rationale: 'Rarely needed in children: only after all medical options have failed, with bleeding and a life-threatening risk or a major loss of quality of life (ICR); ASH 2019 ranks it after a TPO-RA and rituximab. Re-check for other diagnoses first.',
        citations: ['icr-2019', 'ash-2019'],
        grades: [afterFirstLine],
      },
    ],
    notes: [
      {
        code: 'child-no-marrow',
        message: 'A marrow examination is not needed in a child solely because IVIG failed (ASH 2011, grade 1B).',
        citation: 'ash-2011',
      },
      {
        when: (f) => !tried(f, 'corticosteroids') && !secondLineStarted(f),
        code: 'child-corticosteroids',
        message: 'No corticosteroid course yet: for children with mucosal bleeding or reduced quality of life, ASH 2019 suggests a short corticosteroid course over IVIG and anti-D as first-line treatment; it remains an alternative before second-line agents.',
        citation: 'ash-2019',
      },
    ],
    next: { to: 'check-tried-before' },
  }),
];
