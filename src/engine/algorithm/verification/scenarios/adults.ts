/** Adults, not pregnant: newly diagnosed, persistent and chronic, by bleeding and corticosteroid history (guidelines.md §1.2, §1.5, §9). */
import { adultSecondLine, had, ivigFailed, ivigIsNotSteroid, later, laterAgents, recs6to9, splenectomyTiming, steroidDependent, steroidsFailed, type Scenario } from './scenario-type';

const rec1 = 'guidelines.md §1.2 recs 1a/1b: newly diagnosed adults below 30 get corticosteroids; at 30 or more with no or minor bleeding, observation.';
const rec34 = 'guidelines.md §1.2 recs 3–4: prednisone 0.5–2 mg/kg daily, no more than 6 weeks in all, or dexamethasone 40 mg daily for 4 days.';
const rapid = 'guidelines.md §2.1 and §1.4: when the count must rise fast, an IV corticosteroid with IVIG (ICR); IVIG with corticosteroids in adults (ASH 2011, 2B).';
const early = 'guidelines.md §9: below 3 months, ASH recs 6–9 do not apply; the Italian Delphi consensus supports an early TPO-RA; THANZ names no preferred agent.';

export const adultScenarios: readonly Scenario[] = [
  {
    id: 'adult-new-ivig-only-25', name: 'Newly diagnosed adult, IVIG failed, no corticosteroid, count 25', population: 'Adult, newly diagnosed, no corticosteroid',
    input: { ageYears: 45, count: 25, bleeding: 'none', monthsSinceDiagnosis: 1, prior: [ivigFailed] },
    expected: { urgency: 'routine', options: ['dexamethasone-high-dose', 'prednisone'] },
    sources: [rec1, rec34, ivigIsNotSteroid],
  },
  {
    id: 'adult-new-ivig-only-35', name: 'Newly diagnosed adult, IVIG failed, count 35, minor bleeding', population: 'Adult, newly diagnosed, count 30 or more',
    input: { ageYears: 45, count: 35, bleeding: 'minor', monthsSinceDiagnosis: 1, prior: [ivigFailed] },
    expected: { urgency: 'routine', options: ['observation'] },
    sources: [rec1],
  },
  {
    id: 'adult-new-ivig-only-15', name: 'Newly diagnosed adult, IVIG failed, count 15', population: 'Adult, newly diagnosed, count below 20',
    input: { ageYears: 40, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 1, prior: [ivigFailed] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'dexamethasone-high-dose', 'prednisone'] },
    sources: ['guidelines.md §1.2 rec 2a: newly diagnosed below 20, admission suggested.', rapid, ivigIsNotSteroid],
  },
  {
    id: 'adult-new-untreated-8', name: 'Newly diagnosed adult, untreated, count 8, no bleeding', population: 'Adult, newly diagnosed, count below 10',
    input: { ageYears: 30, count: 8, bleeding: 'none', monthsSinceDiagnosis: 0.5, prior: [] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'dexamethasone-high-dose', 'prednisone'] },
    sources: ['guidelines.md §4.2: below 10, markedly higher bleeding and intracranial-haemorrhage risk.', rapid, rec34],
  },
  {
    id: 'adult-persistent-mucosal-no-steroid', name: 'Adult at 6 months, mucosal bleeding, IVIG failed, no corticosteroid', population: 'Adult, persistent, mucosal bleeding',
    input: { ageYears: 35, count: 40, bleeding: 'mucosal', monthsSinceDiagnosis: 6, prior: [ivigFailed] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'dexamethasone-high-dose', 'prednisone'] },
    sources: [rapid, ivigIsNotSteroid],
  },
  {
    id: 'adult-steroid-responder-relapse', name: 'Adult whose corticosteroids worked, relapsed at 6 months', population: 'Adult, corticosteroid responder',
    input: { ageYears: 50, count: 22, bleeding: 'minor', monthsSinceDiagnosis: 6, prior: [ivigFailed, had('corticosteroids', 'response')] },
    expected: { urgency: 'routine', options: ['dexamethasone-high-dose'] },
    sources: ['guidelines.md §3.2: dependence is needing corticosteroids for 2 months or more to keep 30 or above; a responder is not yet dependent.', rec34],
  },
  {
    id: 'adult-dependent-24m-35', name: 'Corticosteroid-dependent adult at 24 months, count 35, no bleeding', population: 'Adult, chronic, corticosteroid-dependent, count 30 or more',
    input: { ageYears: 45, count: 35, bleeding: 'none', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'routine', options: adultSecondLine },
    sources: [recs6to9, 'guidelines.md §1.2 rec 1b: observation at 30 or more is for newly diagnosed adults.', laterAgents],
  },
  {
    id: 'adult-dependent-6m', name: 'Corticosteroid-dependent adult at 6 months, count 18', population: 'Adult, persistent, corticosteroid-dependent',
    input: { ageYears: 45, count: 18, bleeding: 'minor', monthsSinceDiagnosis: 6, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'rituximab', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant', later('splenectomy'), later('fostamatinib')] },
    sources: [recs6to9, splenectomyTiming, laterAgents, 'guidelines.md §1.2 rec 2a: established ITP below 20, outpatient care.'],
  },
  {
    id: 'adult-unresponsive-12m', name: 'Corticosteroid-unresponsive adult at exactly 12 months', population: 'Adult, persistent, corticosteroid-unresponsive',
    input: { ageYears: 40, count: 25, bleeding: 'none', monthsSinceDiagnosis: 12, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'rituximab', 'splenectomy', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant', later('fostamatinib')] },
    sources: [recs6to9, splenectomyTiming, 'guidelines.md §3.1: chronic ITP is beyond 12 months; fostamatinib is labelled for chronic ITP (§2.2).', 'guidelines.md §4.3: no response to IVIG and corticosteroids prompts a re-check of the diagnosis.'],
  },
  {
    id: 'adult-unresponsive-11.99m', name: 'Corticosteroid-unresponsive adult just before 12 months', population: 'Adult, persistent, corticosteroid-unresponsive',
    input: { ageYears: 40, count: 25, bleeding: 'none', monthsSinceDiagnosis: 11.99, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'rituximab', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant', later('splenectomy'), later('fostamatinib')] },
    sources: [recs6to9, splenectomyTiming],
  },
  {
    id: 'adult-unresponsive-2.99m', name: 'Corticosteroid-unresponsive adult before 3 months', population: 'Adult, newly diagnosed, corticosteroid-unresponsive',
    input: { ageYears: 35, count: 22, bleeding: 'minor', monthsSinceDiagnosis: 2.99, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'rituximab', 'other-immunosuppressant', later('splenectomy'), later('rilzabrutinib'), later('fostamatinib')] },
    sources: [early, splenectomyTiming, laterAgents],
  },
  {
    id: 'adult-unresponsive-3m', name: 'Corticosteroid-unresponsive adult at exactly 3 months', population: 'Adult, persistent, corticosteroid-unresponsive',
    input: { ageYears: 35, count: 22, bleeding: 'minor', monthsSinceDiagnosis: 3, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'rituximab', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant', later('splenectomy'), later('fostamatinib')] },
    sources: [recs6to9, 'guidelines.md §3.1: persistent ITP starts at 3 months.'],
  },
  {
    id: 'adult-steroid-intolerant-24m', name: 'Adult who could not tolerate corticosteroids, 24 months', population: 'Adult, chronic, corticosteroid-intolerant',
    input: { ageYears: 45, count: 20, bleeding: 'minor', monthsSinceDiagnosis: 24, prior: [ivigFailed, had('corticosteroids', 'intolerant')] },
    expected: { urgency: 'routine', options: adultSecondLine },
    sources: [recs6to9, 'Our reading (register §1.2): intolerance is read as dependence or no response, because corticosteroids cannot be continued.'],
  },
  {
    id: 'adult-second-line-without-steroid', name: 'Adult on a TPO-RA with no corticosteroid course recorded', population: 'Adult, second line begun without corticosteroids',
    input: { ageYears: 45, count: 20, bleeding: 'minor', monthsSinceDiagnosis: 24, prior: [ivigFailed, had('tpo-ra', 'response')] },
    expected: { urgency: 'routine', options: ['dexamethasone-high-dose', 'prednisone'] },
    sources: [ivigIsNotSteroid, rec34],
  },
  {
    id: 'adult-dependent-mucosal-24m', name: 'Corticosteroid-dependent adult at 24 months with mucosal bleeding', population: 'Adult, chronic, mucosal bleeding',
    input: { ageYears: 45, count: 40, bleeding: 'mucosal', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', ...adultSecondLine] },
    sources: [rapid, recs6to9],
  },
  {
    id: 'adult-new-steroids-failed-mucosal', name: 'Adult at 6 weeks, mucosal bleeding, no response to IVIG or corticosteroids', population: 'Adult, newly diagnosed, first line failed, mucosal bleeding',
    input: { ageYears: 30, count: 40, bleeding: 'mucosal', monthsSinceDiagnosis: 1.5, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'multiagent-rescue', 'tpo-ra', 'rituximab', 'other-immunosuppressant', later('splenectomy'), later('rilzabrutinib'), later('fostamatinib')] },
    sources: [rapid, 'guidelines.md §4.4: the multi-agent series treated patients with no response to IVIG or high-dose corticosteroids.', early],
  },
  {
    id: 'adult-new-steroids-failed-skin-15', name: 'Adult at 2 months, no response to IVIG or corticosteroids, count 15, skin bleeding only', population: 'Adult, newly diagnosed, first line failed, no mucosal bleeding',
    input: { ageYears: 40, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 2, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'tpo-ra', 'rituximab', 'other-immunosuppressant', later('splenectomy'), later('rilzabrutinib'), later('fostamatinib')] },
    sources: ['guidelines.md §1.2 rec 2a: newly diagnosed below 20, admission suggested.', rapid, 'guidelines.md §4.4: the multi-agent series treated counts that had to rise now; our reading (register §4.4): offered with mucosal bleeding or a count below 10, not for skin bleeding at 15.', early],
  },
  {
    id: 'adult-procedure-planned-40', name: 'Adult with a procedure planned, count 40, corticosteroids worked before', population: 'Adult, procedure planned',
    input: { ageYears: 50, count: 40, bleeding: 'none', monthsSinceDiagnosis: 24, procedurePlanned: true, prior: [ivigFailed, had('corticosteroids', 'response')] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'observation'] },
    sources: ['guidelines.md §2.1: IVIG (with a corticosteroid) suits patients who need a procedure.', 'Our reading (register §2.1): a planned procedure is urgent, so the rapid-rise advice is never routine.', rec1],
  },
];
