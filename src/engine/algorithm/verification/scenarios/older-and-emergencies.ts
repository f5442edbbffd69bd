/** Older adults, anticoagulants and life-threatening bleeding (guidelines.md §4.2, §4.4, §8.3). */
import { adultSecondLine, had, ivigFailed, ivigIsNotSteroid, later, recs6to9, steroidDependent, steroidsFailed, type Scenario } from './scenario-type';

const older = 'guidelines.md §4.2, §8.3: age 60 or more independently raises intracranial-bleeding risk (OR 3.09); fatal bleeding 0.130 per patient-year above 60 with counts below 30.';
const anticoagulant = 'guidelines.md §4.2: anticoagulants were the main risk factor for severe bleeding (CARMEN).';
const emergency = 'guidelines.md 9-line answer 1, §4.4: life-threatening bleeding goes to emergency care first (IV corticosteroid, IVIG, platelets; a TPO-RA if no response), outside ASH 2019’s scope.';

export const olderAndEmergencyScenarios: readonly Scenario[] = [
  {
    id: 'older-70-dependent-25', name: 'Age 70, corticosteroid-dependent, count 25', population: 'Older adult, chronic, corticosteroid-dependent',
    input: { ageYears: 70, count: 25, bleeding: 'none', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'urgent', options: adultSecondLine },
    sources: [older, recs6to9],
  },
  {
    id: 'adult-59.9-dependent-25', name: 'Age 59.9, corticosteroid-dependent, count 25', population: 'Adult below 60, chronic',
    input: { ageYears: 59.9, count: 25, bleeding: 'none', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'routine', options: adultSecondLine },
    sources: [older, recs6to9],
  },
  {
    id: 'older-60-dependent-30', name: 'Age 60, corticosteroid-dependent, count 30', population: 'Older adult, count 30 or more',
    input: { ageYears: 60, count: 30, bleeding: 'none', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'routine', options: adultSecondLine },
    sources: [older, recs6to9],
  },
  {
    id: 'older-65-new-35', name: 'Age 65, newly diagnosed, count 35, IVIG failed', population: 'Older adult, newly diagnosed, count 30 or more',
    input: { ageYears: 65, count: 35, bleeding: 'none', monthsSinceDiagnosis: 1, prior: [ivigFailed] },
    expected: { urgency: 'routine', options: ['observation'] },
    sources: ['guidelines.md §1.2 rec 1b: newly diagnosed adults at 30 or more with no or minor bleeding are observed.'],
  },
  {
    id: 'older-67-first-line-failed', name: 'Age 67 at 2 months, no response to IVIG or corticosteroids', population: 'Older adult, newly diagnosed, first line failed',
    input: { ageYears: 67, count: 22, bleeding: 'minor', monthsSinceDiagnosis: 2, prior: [steroidsFailed, ivigFailed] },
    expected: { urgency: 'urgent', options: ['tpo-ra', 'rituximab', 'other-immunosuppressant', later('splenectomy'), later('rilzabrutinib'), later('fostamatinib')] },
    sources: [older, 'guidelines.md §9: below 3 months, outside ASH recs 6–9; the Italian Delphi consensus supports an early TPO-RA.', 'guidelines.md §4.3: re-check the diagnosis.'],
  },
  {
    id: 'anticoagulant-dependent-25', name: 'On an anticoagulant, corticosteroid-dependent, count 25', population: 'Adult on anticoagulants',
    input: { ageYears: 50, count: 25, bleeding: 'none', monthsSinceDiagnosis: 24, anticoagulants: true, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'urgent', options: adultSecondLine },
    sources: [anticoagulant, recs6to9],
  },
  {
    id: 'anticoagulant-dependent-30', name: 'On an anticoagulant, corticosteroid-dependent, count 30', population: 'Adult on anticoagulants, count 30 or more',
    input: { ageYears: 50, count: 30, bleeding: 'none', monthsSinceDiagnosis: 24, anticoagulants: true, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'routine', options: adultSecondLine },
    sources: [anticoagulant, recs6to9],
  },
  {
    id: 'emergency-chronic-dependent', name: 'Life-threatening bleeding, chronic corticosteroid-dependent adult', population: 'Emergency, adult, chronic',
    input: { ageYears: 45, count: 4, bleeding: 'life-threatening', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'emergency', options: ['emergency-care', ...adultSecondLine] },
    sources: [emergency, recs6to9],
  },
  {
    id: 'emergency-new-ivig-only', name: 'Life-threatening bleeding, newly diagnosed, IVIG only', population: 'Emergency, adult, no corticosteroid yet',
    input: { ageYears: 52, count: 4, bleeding: 'life-threatening', monthsSinceDiagnosis: 0.5, prior: [ivigFailed] },
    expected: { urgency: 'emergency', options: ['emergency-care', 'tpo-ra', 'dexamethasone-high-dose', 'prednisone'] },
    sources: [emergency, ivigIsNotSteroid],
  },
  {
    id: 'emergency-new-first-line-failed', name: 'Life-threatening bleeding at 1 month after IVIG and corticosteroids', population: 'Emergency, adult, newly diagnosed, first line failed',
    input: { ageYears: 52, count: 4, bleeding: 'life-threatening', monthsSinceDiagnosis: 1, prior: [steroidsFailed, ivigFailed] },
    expected: { urgency: 'emergency', options: ['emergency-care', 'tpo-ra', 'rituximab', 'other-immunosuppressant', later('splenectomy'), later('rilzabrutinib'), later('fostamatinib')] },
    sources: [emergency, 'guidelines.md §9: below 3 months, outside ASH recs 6–9.'],
  },
  {
    id: 'emergency-child-ivig-only', name: 'Life-threatening bleeding in a 6-year-old after IVIG', population: 'Emergency, child',
    input: { ageYears: 6, count: 3, bleeding: 'life-threatening', monthsSinceDiagnosis: 1, prior: [ivigFailed] },
    expected: { urgency: 'emergency', options: ['emergency-care', 'tpo-ra', 'prednisone', 'dexamethasone-high-dose'] },
    sources: [emergency, 'guidelines.md §2.1, §4.4: in life-threatening bleeding the ICR adds a TPO-RA when there is no response to IVIG and platelets on corticosteroids (not specific to adults).', 'guidelines.md §1.3: a short corticosteroid course for children; the paediatric TPO-RA labels need persistent or chronic ITP (drugs.md §1–§3), so the TPO-RA is said to be off-label this early.'],
  },
  {
    id: 'emergency-high-count', name: 'Life-threatening bleeding with a count of 80', population: 'Emergency, any count',
    input: { ageYears: 40, count: 80, bleeding: 'life-threatening', monthsSinceDiagnosis: 24, prior: [] },
    expected: { urgency: 'emergency', options: ['emergency-care', 'tpo-ra', 'dexamethasone-high-dose', 'prednisone'] },
    sources: [emergency, 'guidelines.md §3.1: severity is defined by bleeding, not by the count.'],
  },
  {
    id: 'emergency-older-anticoagulant-tpo-ra-failed', name: 'Age 75 on an anticoagulant, life-threatening bleeding, TPO-RA failed', population: 'Emergency, older adult, refractory',
    input: { ageYears: 75, count: 12, bleeding: 'life-threatening', monthsSinceDiagnosis: 36, anticoagulants: true, prior: [ivigFailed, steroidsFailed, had('tpo-ra', 'no-response')] },
    expected: { urgency: 'emergency', options: ['emergency-care', 'rituximab', 'tpo-ra', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'] },
    sources: [emergency, 'guidelines.md §7.2: after a TPO-RA fails, switching agent is an option (50–80% respond).', recs6to9],
  },
];
