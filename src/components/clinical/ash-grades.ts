/**
 * ASH 2019 recommendations with their strength and certainty as the research digest holds them
 * (guidelines.md §1.2–1.3). The full guideline could not be read: a strength checked only against a
 * secondary summary says so, an unchecked one is "not verified", and no certainty rating is shown as fact.
 * Doses are left to the regimen pages, where they come from the engine.
 */
import { thresholds } from '../../engine/algorithm/thresholds';
import { formatCount } from '../../engine/format/amount';

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

const adult = (id: string, population: string, recommendation: string, strength: AshGrade['strength'], strengthCheck: StrengthCheck): AshGrade => ({
  id, label: `Rec ${id}`, group: 'adults', population, recommendation, strength, strengthCheck, cite: `ash-2019 rec ${id}`,
});

const child = (id: string, label: string, population: string, recommendation: string, strength: AshGrade['strength'], strengthCheck: StrengthCheck): AshGrade => ({
  id, label, group: 'children', population, recommendation, strength, strengthCheck, cite: id.startsWith('10') ? `ash-2019 rec ${id}` : 'ash-2019',
});

const observe = formatCount(thresholds.observeFromCount);
const admit = formatCount(thresholds.admissionCountBelow);
const secondLine = `ITP for ${thresholds.persistentFromMonths} months or more, corticosteroid-dependent or unresponsive`;

export const ashGrades: readonly AshGrade[] = [
  adult('1a', `Newly diagnosed, count below ${observe}`, 'Corticosteroids rather than observation', 'Conditional', 'secondary summary'),
  adult('1b', `Newly diagnosed, count ${observe} or more`, 'Observation; corticosteroids recommended against', 'Strong', 'secondary summary'),
  adult('2a', `Count below ${admit}`, 'Newly diagnosed: admission rather than outpatient care; established ITP: outpatient care, with education and haematology follow-up within 24–72 hours', 'Conditional', 'secondary summary'),
  adult('2b', `Count ${admit} or more`, 'Outpatient care rather than admission', 'Conditional', 'not verified'),
  adult('3', 'Newly diagnosed, prednisone', 'A short course (6 weeks or less, taper included) rather than a longer one', 'Strong', 'secondary summary'),
  adult('4', 'Newly diagnosed, which corticosteroid', 'Either prednisone or high-dose dexamethasone', 'Conditional', 'secondary summary'),
  adult('5', 'Newly diagnosed, add rituximab?', 'Corticosteroids alone rather than with rituximab', 'Conditional', 'secondary summary'),
  adult('6', `${secondLine}; a TPO-RA has been chosen`, 'Eltrombopag or romiplostim, no preference', 'Conditional', 'not verified'),
  adult('7', secondLine, 'Splenectomy or a TPO-RA, either', 'Conditional', 'not verified'),
  adult('8', secondLine, 'Rituximab rather than splenectomy', 'Conditional', 'not verified'),
  adult('9', secondLine, 'A TPO-RA rather than rituximab', 'Conditional', 'not verified'),
  child('10a', 'Rec 10a', `Newly diagnosed, count below ${admit}, no or skin-only bleeding`, 'Outpatient care rather than admission', 'Conditional', 'secondary summary'),
  child('10b', 'Rec 10b', `Newly diagnosed, count ${admit} or more, no or mild bleeding`, 'Outpatient care; admission advised against', 'Strong', 'not verified'),
  child('11-13', 'Recs 11–13 (numbers not verified)', 'No or minor bleeding', 'Observation rather than corticosteroids, IVIG or anti-D', 'Strong', 'not verified'),
  child('14-16', 'Recs 14–16 (numbers not verified)', 'Non-life-threatening mucosal bleeding or impaired quality of life', 'A short course of corticosteroids rather than IVIG or anti-D', 'Conditional', 'secondary summary'),
  child('17', 'Rec 17 (number not verified)', 'Children given corticosteroids', 'Courses longer than 7 days advised against', 'Strong', 'not verified'),
  child('18', 'Rec 18 (number not verified)', 'Children given corticosteroids', 'Prednisone rather than dexamethasone', 'Conditional', 'not verified'),
  child('19-21', 'Recs 19–21 (numbers not verified)', 'No response to first-line treatment, with mucosal bleeding or impaired quality of life', 'TPO-RAs rather than rituximab or splenectomy; rituximab rather than splenectomy', 'Conditional', 'secondary summary'),
];
