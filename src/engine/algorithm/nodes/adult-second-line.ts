/**
 * Adults after corticosteroids (guidelines.md §1.2, §1.5, §2.2, §9): from 3 months, ASH 2019 recs 6–9
 * (TPO-RA, rituximab, splenectomy, all conditional) with the later-approved agents after them; before
 * 3 months those recommendations do not apply, and the Italian Delphi consensus supports an early TPO-RA.
 */
import { formatNumber as n } from '../../format/number';
import { formatCount } from '../../format/amount';
import { corticosteroidDependent, intolerant, noOrMinorBleeding } from '../facts';
import { thresholds as t } from '../thresholds';
import type { AlgorithmNode, Grade, NodeNote } from '../types';
import { offering } from './offering';

/** ASH 2019 recs 6–9: strength conditional per the digest's wording but tagged UNVERIFIED (§1.2). */
const rec = (number: 6 | 7 | 8 | 9): Grade => ({
  recommendation: `ash-2019 rec ${number}`, strength: 'conditional', strengthStatus: 'UNVERIFIED', certainty: 'UNVERIFIED',
});

const steroidIntoleranceReading: NodeNote = {
  when: (f) => intolerant(f, 'corticosteroids'),
  code: 'corticosteroid-intolerance',
  message: 'ASH 2019 recs 6–9 are written for adults who are corticosteroid-dependent or unresponsive; intolerance of corticosteroids is read the same way here, because corticosteroids cannot be continued.',
  citation: 'ash-2019',
};

const months = (value: number): string => `${n(value)} months`;

export const adultSecondLineNodes: readonly AlgorithmNode[] = [
  offering({
    id: 'adult-second-line', title: 'Second line',
    detail: 'ASH 2019 recs 6–9, all conditional, then the later-approved and older agents, in order.',
    citations: ['ash-2019', 'thanz-2022'],
    offers: [
      {
        option: 'tpo-ra',
        rationale: 'ASH 2019 suggests a TPO-RA over rituximab (rec 9), and either a TPO-RA or splenectomy (rec 7). These are conditional recommendations that rest on what the patient values: choose together.',
        citations: ['ash-2019 rec 6', 'ash-2019 rec 7', 'ash-2019 rec 9'],
        grades: [rec(6), rec(7), rec(9)],
      },
      {
        option: 'rituximab',
        rationale: 'ASH 2019 suggests rituximab over splenectomy (rec 8) but a TPO-RA over rituximab (rec 9), both conditional. Its advantage is a finite course rather than continuing treatment.',
        citations: ['ash-2019 rec 8', 'ash-2019 rec 9'],
        grades: [rec(8), rec(9)],
      },
      {
        option: 'splenectomy',
        rationale: 'ASH 2019 suggests either splenectomy or a TPO-RA (rec 7) and rituximab over splenectomy (rec 8), both conditional. Its advantage is the chance of a durable remission without continuing drugs.',
        citations: ['ash-2019 rec 7', 'ash-2019 rec 8'],
        grades: [rec(7), rec(8)],
      },
      {
        option: 'fostamatinib',
        rationale: 'A later-approved option, not assessed by ASH 2019.',
        citations: ['tavalisse-uspi'],
      },
      {
        option: 'rilzabrutinib',
        rationale: 'A later-approved option, not assessed by ASH 2019.',
        citations: ['wayrilz-uspi'],
      },
      {
        option: 'danazol-azathioprine',
        rationale: 'Given as oral maintenance after the multi-agent induction in the series that reported it.',
        citations: ['boruchov-2007'],
      },
      {
        option: 'other-immunosuppressant',
        rationale: 'Alternatives listed by THANZ, which found no consensus on a preferred second-line agent.',
        citations: ['thanz-2022'],
      },
    ],
    notes: [
      {
        code: 'shared-decision',
        message: 'ASH 2019 ranks a TPO-RA at least level with splenectomy, a TPO-RA over rituximab and rituximab over splenectomy, all conditionally: the ranking does not chain, so weigh the trade-offs with the patient.',
        citation: 'ash-2019',
      },
      steroidIntoleranceReading,
      {
        // Said only of a patient it is true of: dependent on corticosteroids, whose count they hold up (audit 3, B1).
        when: (f) => f.count >= t.observeFromCount && noOrMinorBleeding(f) && corticosteroidDependent(f),
        code: 'second-line-whatever-count',
        message: `The count is ${formatCount(t.observeFromCount)} or more, but ASH 2019 recs 6–9 set no count limit: being corticosteroid-dependent at ${months(t.persistentFromMonths)} or more is itself the reason to choose a second-line treatment, often to stop the corticosteroids that hold the count up. Observation at ${formatCount(t.observeFromCount)} or more (rec 1b) is for newly diagnosed adults.`,
        citation: 'ash-2019 recs 6–9',
      },
    ],
    next: { to: 'check-tried-before' },
  }),
  offering({
    id: 'adult-early', title: `Below ${months(t.persistentFromMonths)}`,
    detail: 'Outside ASH 2019 recs 6–9; the Italian Delphi consensus supports an early TPO-RA.',
    citations: ['italian-delphi-2021', 'thanz-2022'],
    offers: [
      {
        option: 'tpo-ra',
        rationale: `The Italian Delphi consensus supports switching early from corticosteroids to a TPO-RA, sparing corticosteroid toxicity. Labels: romiplostim's adult indication sets no minimum duration; eltrombopag's covers persistent or chronic ITP (${months(t.persistentFromMonths)} or more).`,
        citations: ['italian-delphi-2021', 'nplate-uspi', 'promacta-uspi'],
      },
      {
        option: 'rituximab',
        rationale: 'With splenectomy and the TPO-RAs, one of the second-line agents with the most evidence; THANZ names no preferred agent.',
        citations: ['thanz-2022'],
      },
      {
        option: 'splenectomy',
        rationale: 'With rituximab and the TPO-RAs, one of the second-line agents with the most evidence (THANZ).',
        citations: ['thanz-2022'],
      },
      {
        option: 'rilzabrutinib',
        rationale: 'A later-approved option, not assessed by ASH 2019.',
        citations: ['wayrilz-uspi'],
      },
      {
        option: 'fostamatinib',
        rationale: 'A later-approved option, not assessed by ASH 2019.',
        citations: ['tavalisse-uspi'],
      },
      {
        option: 'other-immunosuppressant',
        rationale: 'Alternatives listed by THANZ, which found no consensus on a preferred second-line agent.',
        citations: ['thanz-2022'],
      },
    ],
    notes: [
      {
        code: 'outside-ash-recs-6-9',
        message: `Below ${months(t.persistentFromMonths)} from diagnosis, ASH 2019 recs 6–9 do not apply, and the ICR's second-line chapter could not be checked. The Italian Delphi consensus supports an early switch from corticosteroids to a TPO-RA; THANZ found no consensus on a preferred second-line agent.`,
        citation: 'italian-delphi-2021',
      },
      steroidIntoleranceReading,
    ],
    next: { to: 'check-tried-before' },
  }),
];
