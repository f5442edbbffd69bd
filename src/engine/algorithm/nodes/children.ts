/**
 * Children, younger than 18 (guidelines.md §1.3, §8.1): observation for no or skin-only bleeding whatever
 * the count. With mucosal bleeding or reduced quality of life, first line is a short corticosteroid course
 * (ASH 2019 suggests it over IVIG and anti-D; IVIG failure is not corticosteroid failure); only after
 * first-line failure including corticosteroids, a TPO-RA before rituximab before splenectomy (ASH 2019,
 * conditional ◐). Adult-only agents are removed by the child check.
 */
import { formatAmount, formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import { noOrMinorBleeding, secondLineDue, tried } from '../facts';
import { thresholds as t } from '../thresholds';
import type { AlgorithmNode, Grade } from '../types';
import { offering } from './offering';
import { paediatricCourses as c } from './paediatric-courses';
import { noCorticosteroidRecorded } from './shared-notes';

/** Paediatric recommendation numbers after 10b are UNVERIFIED in the digest, so the locator names the population. */
const afterFirstLine: Grade = {
  recommendation: 'ash-2019 paediatric, no response to first-line treatment',
  strength: 'conditional', strengthStatus: 'secondary', certainty: 'UNVERIFIED',
};
const mucosalOrQualityOfLife: Grade = {
  recommendation: 'ash-2019 paediatric, mucosal bleeding or reduced quality of life',
  strength: 'conditional', strengthStatus: 'secondary', certainty: 'UNVERIFIED',
};

const prednisoneDose = `prednisone ${n(c.prednisone.perKg)}–${formatAmount(c.prednisone.perKgMax, 'mg/kg')} daily (at most ${formatAmount(c.prednisone.capMg, 'mg')} daily) for ${n(c.prednisone.daysMin)}–${n(c.prednisone.daysMax)} days`;
const dexamethasoneDose = `dexamethasone ${formatAmount(c.dexamethasone.perKg, 'mg/kg')} daily (at most ${formatAmount(c.dexamethasone.capMg, 'mg')} daily) for ${n(c.dexamethasone.days)} days`;
const shortCourse = `ASH 2019 advises against courses longer than ${n(c.longestCourseDays)} days and suggests ${prednisoneDose} over ${dexamethasoneDose}.`;
const neverHad = (f: Parameters<typeof tried>[0]): boolean => !tried(f, 'corticosteroids');
const thenSecondLine = 'If the course fails, or the child needs corticosteroids again and again, second-line treatment follows: a TPO-RA before rituximab before splenectomy.';

const qualityOfLifeQuestion = 'Is the child’s health-related quality of life reduced? It is not stated, and it changes the advice:';
const untilAnswered = 'Observation is shown until the question is answered.';

/** The children's nodes after the age question (triage.ts asks it of every patient who is not pregnant). */
export const childNodes: readonly AlgorithmNode[] = [
  {
    id: 'child-bleeding', kind: 'decision',
    label: 'Mucosal bleeding or poor quality of life?',
    detail: 'Mucosal or worse bleeding, or reduced health-related quality of life.',
    citations: ['ash-2019', 'icr-2019'],
    branches: [{ when: (f) => !noOrMinorBleeding(f) || f.qualityOfLifeImpaired === true, label: 'yes', to: 'child-first-line' }],
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
    // Tri-state (DESIGN.md): not answered is not "no". Observation stands, and the note says what a "yes" would
    // change, as child-first-line would decide it (audit 3, B8): second line once first line including
    // corticosteroids has failed, otherwise a short course.
    notes: [{
      when: (f) => f.qualityOfLifeImpaired === undefined && !secondLineDue(f),
      code: 'child-quality-of-life-unknown',
      message: `${qualityOfLifeQuestion} with reduced quality of life, ASH 2019 suggests a short corticosteroid course (${prednisoneDose}, or ${dexamethasoneDose}) rather than observation. ${untilAnswered}`,
      citation: 'ash-2019',
    }, {
      when: (f) => f.qualityOfLifeImpaired === undefined && secondLineDue(f),
      code: 'child-quality-of-life-unknown',
      message: `${qualityOfLifeQuestion} first-line treatment including corticosteroids has failed, so with reduced quality of life ASH 2019 suggests second-line treatment rather than observation: a TPO-RA before rituximab before splenectomy. ${untilAnswered}`,
      citation: 'ash-2019 paediatric, no response to first-line treatment',
    }],
    next: { to: 'check-tried-before' },
  }),
  {
    id: 'child-first-line', kind: 'decision',
    label: 'First line failed, with corticosteroids?',
    detail: 'Second line only after no response to, dependence on or intolerance of a corticosteroid course, or a course followed by second-line treatment.',
    citations: ['ash-2019', 'iwg-2009'],
    branches: [{ when: secondLineDue, label: 'yes', to: 'child-second-line' }],
    otherwise: { label: 'no corticosteroid course, or it worked', to: 'child-corticosteroids' },
  },
  offering({
    id: 'child-corticosteroids', title: 'Child, first line',
    detail: 'A short corticosteroid course first: IVIG failure is not corticosteroid failure.',
    citations: ['ash-2019'],
    offers: [
      {
        option: 'prednisone', when: neverHad,
        rationale: `No corticosteroid course yet: for children with mucosal bleeding or reduced quality of life, ASH 2019 suggests a short corticosteroid course over IVIG and over anti-D, and IVIG failure is not corticosteroid failure. ${shortCourse} ${thenSecondLine}`,
        citations: ['ash-2019 paediatric, mucosal bleeding or reduced quality of life', 'ash-2019 paediatric corticosteroid dose'],
        grades: [mucosalOrQualityOfLife],
      },
      {
        option: 'dexamethasone-high-dose', when: neverHad,
        rationale: `The alternative short course: ${dexamethasoneDose} (ASH 2019 prefers prednisone). ${thenSecondLine}`,
        citations: ['ash-2019 paediatric corticosteroid dose'],
      },
      {
        option: 'prednisone', when: (f) => tried(f, 'corticosteroids'),
        rationale: `Corticosteroids worked before and first line has not failed, so a repeat short course is reasonable (this site’s reading: the sources give no paediatric rule for relapse). ${shortCourse} ${thenSecondLine}`,
        citations: ['ash-2019 paediatric corticosteroid dose'],
      },
    ],
    notes: [noCorticosteroidRecorded],
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
    ],
    next: { to: 'check-tried-before' },
  }),
];
