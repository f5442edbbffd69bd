/**
 * ASH 2019 recommendations with their strength and certainty as the research digest holds them
 * (guidelines.md §1.2–1.3). Where the treatment algorithm relies on a recommendation, the strength is the
 * engine's grade (`algorithmGrades`), so this table and the walker cannot disagree; the others are typed
 * here from the digest. The full guideline could not be read: a strength checked only against a secondary
 * summary says so, an unchecked one is "not verified", and no certainty rating is shown as fact.
 * Doses are left to the regimen pages, where they come from the engine.
 */
import { algorithmGrades, formatCount, thresholds, type Grade } from '../../engine';

export type StrengthCheck = 'secondary summary' | 'not verified';

export interface AshGrade {
  id: string;
  /** "Rec 9"; paediatric numbers after 10b are not verified. */
  label: string;
  group: 'adults' | 'children';
  population: string;
  recommendation: string;
  strength: 'Strong' | 'Conditional';
  strengthCheck: StrengthCheck;
  cite: string;
}

type Strength = Pick<AshGrade, 'strength' | 'strengthCheck'>;

const engineGrades = new Map<string, Grade>(algorithmGrades().map((grade) => [grade.recommendation, grade]));

/** The engine's grade for a recommendation, by its locator ("ash-2019 rec 7"); a missing one fails the build. */
function graded(recommendation: string): Strength {
  const grade = engineGrades.get(recommendation);
  if (grade === undefined) throw new Error(`The engine's algorithm carries no grade for "${recommendation}".`);
  return {
    strength: grade.strength === 'strong' ? 'Strong' : 'Conditional',
    strengthCheck: grade.strengthStatus === 'secondary' ? 'secondary summary' : 'not verified',
  };
}

/** A strength the algorithm does not rely on, typed from the digest. */
const typed = (strength: AshGrade['strength'], strengthCheck: StrengthCheck): Strength => ({ strength, strengthCheck });

const adult = (id: string, population: string, recommendation: string, strength: Strength): AshGrade => ({
  id, label: `Rec ${id}`, group: 'adults', population, recommendation, ...strength, cite: `ash-2019 rec ${id}`,
});

const child = (id: string, label: string, population: string, recommendation: string, strength: Strength): AshGrade => ({
  id, label, group: 'children', population, recommendation, ...strength, cite: id.startsWith('10') ? `ash-2019 rec ${id}` : 'ash-2019',
});

const observe = formatCount(thresholds.observeFromCount);
const admit = formatCount(thresholds.admissionCountBelow);
const secondLine = `ITP for ${thresholds.persistentFromMonths} months or more, corticosteroid-dependent or unresponsive`;

export const ashGrades: readonly AshGrade[] = [
  adult('1a', `Newly diagnosed, count below ${observe}`, 'Corticosteroids rather than observation', typed('Conditional', 'secondary summary')),
  adult('1b', `Newly diagnosed, count ${observe} or more`, 'Observation; corticosteroids recommended against', graded('ash-2019 rec 1b')),
  adult('2a', `Count below ${admit}`, 'Newly diagnosed: admission rather than outpatient care; established ITP: outpatient care, with education and haematology follow-up within 24–72 hours', typed('Conditional', 'secondary summary')),
  adult('2b', `Count ${admit} or more`, 'Outpatient care rather than admission', typed('Conditional', 'not verified')),
  adult('3', 'Newly diagnosed, prednisone', 'A short course (6 weeks or less, taper included) rather than a longer one', graded('ash-2019 rec 3')),
  adult('4', 'Newly diagnosed, which corticosteroid', 'Either prednisone or high-dose dexamethasone', graded('ash-2019 rec 4')),
  adult('5', 'Newly diagnosed, add rituximab?', 'Corticosteroids alone rather than with rituximab', typed('Conditional', 'secondary summary')),
  adult('6', `${secondLine}; a TPO-RA has been chosen`, 'Eltrombopag or romiplostim, no preference', graded('ash-2019 rec 6')),
  adult('7', secondLine, 'Splenectomy or a TPO-RA, either', graded('ash-2019 rec 7')),
  adult('8', secondLine, 'Rituximab rather than splenectomy', graded('ash-2019 rec 8')),
  adult('9', secondLine, 'A TPO-RA rather than rituximab', graded('ash-2019 rec 9')),
  child('10a', 'Rec 10a', `Newly diagnosed, count below ${admit}, no or skin-only bleeding`, 'Outpatient care rather than admission', typed('Conditional', 'secondary summary')),
  child('10b', 'Rec 10b', `Newly diagnosed, count ${admit} or more, no or mild bleeding`, 'Outpatient care; admission advised against', typed('Strong', 'not verified')),
  child('11-13', 'Recs 11–13 (numbers not verified)', 'No or minor bleeding', 'Observation rather than corticosteroids, IVIG or anti-D', graded('ash-2019 paediatric, no or minor bleeding')),
  child('14-16', 'Recs 14–16 (numbers not verified)', 'Non-life-threatening mucosal bleeding or impaired quality of life', 'A short course of corticosteroids rather than IVIG or anti-D', typed('Conditional', 'secondary summary')),
  child('17', 'Rec 17 (number not verified)', 'Children given corticosteroids', 'Courses longer than 7 days advised against', typed('Strong', 'not verified')),
  child('18', 'Rec 18 (number not verified)', 'Children given corticosteroids', 'Prednisone rather than dexamethasone', typed('Conditional', 'not verified')),
  child('19-21', 'Recs 19–21 (numbers not verified)', 'No response to first-line treatment, with mucosal bleeding or impaired quality of life', 'TPO-RAs rather than rituximab or splenectomy; rituximab rather than splenectomy', graded('ash-2019 paediatric, no response to first-line treatment')),
];
