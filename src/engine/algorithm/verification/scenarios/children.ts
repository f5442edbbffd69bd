/** Children by age band, bleeding, quality of life and first-line status (guidelines.md §1.3, §2.1, §8.1). */
import { had, ivigFailed, later, steroidDependent, steroidsFailed, type Scenario } from './scenario-type';

const observe = 'guidelines.md §8.1, §1.3: no or skin-only bleeding, observation whatever the count (ASH 2011 1B; ASH 2019).';
const course = 'guidelines.md §1.3 rows 14–18: mucosal bleeding or reduced quality of life, a short corticosteroid course over IVIG or anti-D; prednisone 2–4 mg/kg/day (at most 120 mg) for 5–7 days over dexamethasone 0.6 mg/kg/day (at most 40 mg) for 4 days.';
const second = 'guidelines.md §1.3 rows 19–21, §8.1: after first-line failure, a TPO-RA over rituximab over splenectomy.';
const spleen = 'guidelines.md §8.1, §5: in children, splenectomy is avoided before age 5 and within 12 months of diagnosis.';
const rapid = 'guidelines.md §2.1: an IV corticosteroid with IVIG when the count must rise fast; children with moderate bleeding need hospital review. Our reading (register §1.3): that advice is not specific to children, so for a child it follows ASH’s paediatric options.';
const labels = 'drugs.md §1–§3: paediatric TPO-RA labels from age 1, with persistent or chronic ITP. Our reading (register §1.3): before 3 months a TPO-RA is off-label, as rituximab is in ITP at any age, so ASH’s order stands with the label stated.';
const boruchov = 'guidelines.md §4.4: the multi-agent series treated patients with no response to IVIG or high-dose corticosteroids.';

export const childScenarios: readonly Scenario[] = [
  {
    id: 'child-7-wet-purpura-ivig-failed', name: 'Child of 7, wet purpura, 2 weeks from diagnosis, IVIG failed', population: 'Child 6–17, newly diagnosed, mucosal bleeding, no corticosteroid',
    input: { ageYears: 7, count: 6, bleeding: 'mucosal', monthsSinceDiagnosis: 0.5, prior: [ivigFailed] },
    expected: { urgency: 'urgent', options: ['prednisone', 'dexamethasone-high-dose', 'methylprednisolone-pulse'] },
    sources: [rapid, course, 'DESIGN.md: IVIG failure alone is not first-line failure.'],
  },
  {
    id: 'child-8-reduced-quality-of-life', name: 'Child of 8, skin bleeding, reduced quality of life, IVIG failed', population: 'Child, reduced quality of life, no corticosteroid',
    input: { ageYears: 8, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 1, qualityOfLifeImpaired: true, prior: [ivigFailed] },
    expected: { urgency: 'urgent', options: ['prednisone', 'dexamethasone-high-dose'] },
    sources: [course, 'guidelines.md §1.3 rec 10a: children below 20 with no or mild bleeding, outpatient care suggested (the site still reviews the same day).'],
  },
  {
    id: 'child-8-quality-of-life-unknown', name: 'Child of 8, skin bleeding, quality of life not stated', population: 'Child, quality of life unknown',
    input: { ageYears: 8, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 1, prior: [ivigFailed] },
    expected: { urgency: 'urgent', options: ['observation'] },
    sources: [observe, 'DESIGN.md: optional inputs default to unknown, never to "no"; the note names the question.'],
  },
  {
    id: 'child-8-quality-of-life-fine', name: 'Child of 8, skin bleeding, quality of life not reduced', population: 'Child, no or skin-only bleeding',
    input: { ageYears: 8, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 1, qualityOfLifeImpaired: false, prior: [ivigFailed] },
    expected: { urgency: 'urgent', options: ['observation'] },
    sources: [observe],
  },
  {
    id: 'child-4-no-bleeding-count-5', name: 'Child of 4, count 5, no bleeding', population: 'Child 1–5, no bleeding, count below 10',
    input: { ageYears: 4, count: 5, bleeding: 'none', monthsSinceDiagnosis: 1, qualityOfLifeImpaired: false, prior: [] },
    expected: { urgency: 'urgent', options: ['observation'] },
    sources: [observe, 'guidelines.md §8.1: severe bleeding in 0.6% over 28 days in children at 20 or below with no or mild bleeding.'],
  },
  {
    id: 'child-10-chronic-skin-25', name: 'Child of 10, chronic ITP, skin bleeding, count 25', population: 'Child, chronic, no or skin-only bleeding',
    input: { ageYears: 10, count: 25, bleeding: 'minor', monthsSinceDiagnosis: 14, qualityOfLifeImpaired: false, prior: [] },
    expected: { urgency: 'routine', options: ['observation'] },
    sources: [observe],
  },
  {
    id: 'child-10-mucosal-steroids-failed', name: 'Child of 10 at 14 months, mucosal bleeding, IVIG and corticosteroids failed', population: 'Child, chronic, first line failed, mucosal bleeding',
    input: { ageYears: 10, count: 12, bleeding: 'mucosal', monthsSinceDiagnosis: 14, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'urgent', options: ['tpo-ra', 'rituximab', 'splenectomy', 'methylprednisolone-pulse', 'multiagent-rescue'] },
    sources: [rapid, boruchov, second],
  },
  {
    id: 'child-8-dependent-8m', name: 'Child of 8 at 8 months, mucosal bleeding, corticosteroid-dependent', population: 'Child, persistent, corticosteroid-dependent',
    input: { ageYears: 8, count: 8, bleeding: 'mucosal', monthsSinceDiagnosis: 8, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'urgent', options: ['tpo-ra', 'rituximab', 'methylprednisolone-pulse', later('splenectomy')] },
    sources: [rapid, second, spleen, 'guidelines.md §3.2: dependence counts as non-response (IWG).'],
  },
  {
    id: 'child-4.9-quality-of-life-steroids-failed', name: 'Child of 4.9, reduced quality of life, corticosteroids failed, 24 months', population: 'Child 1–5, chronic, first line failed',
    input: { ageYears: 4.9, count: 25, bleeding: 'minor', monthsSinceDiagnosis: 24, qualityOfLifeImpaired: true, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'rituximab', later('splenectomy')] },
    sources: [second, spleen],
  },
  {
    id: 'child-5-quality-of-life-steroids-failed', name: 'Child of 5, reduced quality of life, corticosteroids failed, 24 months', population: 'Child at 5, chronic, first line failed',
    input: { ageYears: 5, count: 25, bleeding: 'minor', monthsSinceDiagnosis: 24, qualityOfLifeImpaired: true, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'rituximab', 'splenectomy'] },
    sources: [second, spleen],
  },
  {
    id: 'infant-mucosal-steroids-failed', name: 'Infant of 6 months, mucosal bleeding, IVIG and corticosteroids failed', population: 'Infant below 1 year',
    input: { ageYears: 0.5, count: 12, bleeding: 'mucosal', monthsSinceDiagnosis: 3, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'urgent', options: ['tpo-ra', 'rituximab', 'methylprednisolone-pulse', 'multiagent-rescue', later('splenectomy')] },
    sources: [second, labels, spleen, boruchov, rapid],
  },
  {
    id: 'child-12-new-steroids-failed', name: 'Child of 12 at 2 months, mucosal bleeding, IVIG and corticosteroids failed', population: 'Child, newly diagnosed, first line failed',
    input: { ageYears: 12, count: 15, bleeding: 'mucosal', monthsSinceDiagnosis: 2, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'urgent', options: ['tpo-ra', 'rituximab', 'methylprednisolone-pulse', 'multiagent-rescue', later('splenectomy')] },
    sources: [second, labels, spleen, rapid],
  },
  {
    id: 'child-9-responder-relapse', name: 'Child of 9, corticosteroids worked, reduced quality of life again', population: 'Child, corticosteroid responder',
    input: { ageYears: 9, count: 20, bleeding: 'minor', monthsSinceDiagnosis: 10, qualityOfLifeImpaired: true, prior: [ivigFailed, had('corticosteroids', 'response')] },
    expected: { urgency: 'routine', options: ['prednisone'] },
    sources: [course, 'Our reading (register §1.3): first line has not failed while corticosteroids work; the sources give no paediatric relapse rule.'],
  },
  {
    id: 'child-12-tpo-ra-failed', name: 'Child of 12 at 24 months, TPO-RA failed, mucosal bleeding', population: 'Child, second line failed',
    input: { ageYears: 12, count: 15, bleeding: 'mucosal', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidsFailed, had('tpo-ra', 'no-response')] },
    expected: { urgency: 'urgent', options: ['rituximab', 'tpo-ra', 'splenectomy', 'methylprednisolone-pulse', 'multiagent-rescue'] },
    sources: [rapid, second, 'guidelines.md §7.2: switching TPO-RA after failure; paediatric summaries endorse it too.'],
  },
  {
    id: 'adolescent-17.9-dependent-no-bleeding', name: 'Adolescent of 17.9, corticosteroid-dependent, no bleeding', population: 'Child at the adult edge',
    input: { ageYears: 17.9, count: 25, bleeding: 'none', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'routine', options: ['observation'] },
    sources: [observe, 'DESIGN.md: a child is younger than 18; the paediatric algorithm applies.'],
  },
  {
    id: 'child-14-tpo-ra-and-rituximab-failed', name: 'Child of 14, TPO-RA and rituximab failed, mucosal bleeding', population: 'Child, after TPO-RA and rituximab',
    input: { ageYears: 14, count: 10, bleeding: 'mucosal', monthsSinceDiagnosis: 36, prior: [ivigFailed, steroidsFailed, had('tpo-ra', 'no-response'), had('rituximab', 'no-response')] },
    expected: { urgency: 'urgent', options: ['splenectomy', 'tpo-ra', 'methylprednisolone-pulse', 'multiagent-rescue'] },
    sources: [rapid, second, 'guidelines.md §2.1: splenectomy in children only after all medical options fail.', 'guidelines.md §7.2: switching TPO-RA.'],
  },
];
