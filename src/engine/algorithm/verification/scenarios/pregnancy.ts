/** Pregnancy by trimester, delivery and earlier treatment (guidelines.md §1.4, §8.2). */
import { adultSecondLine, had, ivigFailed, later, steroidDependent, steroidsFailed, type Scenario } from './scenario-type';

const treat = 'guidelines.md §1.4, §8.2: in pregnancy, corticosteroids or IVIG (ASH 2011 1C, kept); ICR: lower prednisone start, prednisone with IVIG and/or anti-D after single-agent failure, high-dose methylprednisolone for refractory cases.';
const rituximab = 'guidelines.md §8.2: rituximab only for very severe cases (neonatal immunosuppression).';
const tpoRa = 'guidelines.md §8.2: a TPO-RA may be considered late in pregnancy after other failures (limited data).';
const spleen = 'guidelines.md §8.2: splenectomy, if unavoidable, in the second trimester.';
const delivery = 'guidelines.md §8.2: at least 50 for caesarean section, at least 70 for neuraxial anaesthesia (ASH Education 2025).';
const safe = 'guidelines.md §8.2: 20–30 is safe for most of pregnancy without bleeding (this site uses 30).';
const pregnancyOptions = ['prednisone', 'methylprednisolone-pulse', later('rituximab'), later('tpo-ra'), later('splenectomy')] as const;
const rise = 'guidelines.md §2.1: the count must rise before the delivery, a procedure — an IV corticosteroid with, usually, IVIG (ICR); below 50 no delivery is safe (§8.2).';

export const pregnancyScenarios: readonly Scenario[] = [
  {
    id: 'pregnancy-30w-steroids-and-ivig-failed', name: 'Pregnant at 30 weeks, count 15, prednisone and IVIG failed', population: 'Pregnancy, third trimester, refractory',
    input: { ageYears: 30, count: 15, bleeding: 'none', monthsSinceDiagnosis: 18, pregnant: true, gestationWeeks: 30, prior: [steroidsFailed, ivigFailed] },
    expected: { urgency: 'routine', options: ['prednisone', 'methylprednisolone-pulse', 'tpo-ra', later('rituximab'), later('splenectomy')] },
    sources: [treat, tpoRa, rituximab, spleen],
  },
  {
    id: 'pregnancy-26w-steroids-and-ivig-failed', name: 'Pregnant at 26 weeks, count 15, prednisone and IVIG failed', population: 'Pregnancy, second trimester, refractory',
    input: { ageYears: 30, count: 15, bleeding: 'none', monthsSinceDiagnosis: 18, pregnant: true, gestationWeeks: 26, prior: [steroidsFailed, ivigFailed] },
    expected: { urgency: 'routine', options: ['prednisone', 'methylprednisolone-pulse', 'splenectomy', later('rituximab'), later('tpo-ra')] },
    sources: [treat, spleen, tpoRa],
  },
  {
    id: 'pregnancy-10w-ivig-failed', name: 'Pregnant at 10 weeks, count 22, IVIG failed, no corticosteroid', population: 'Pregnancy, first trimester',
    input: { ageYears: 28, count: 22, bleeding: 'none', monthsSinceDiagnosis: 5, pregnant: true, gestationWeeks: 10, prior: [ivigFailed] },
    expected: { urgency: 'routine', options: pregnancyOptions },
    sources: [treat, safe, rituximab, tpoRa, spleen],
  },
  {
    id: 'pregnancy-32w-ivig-failed', name: 'Pregnant at 32 weeks, count 18, IVIG failed, no corticosteroid', population: 'Pregnancy, third trimester, no corticosteroid',
    input: { ageYears: 31, count: 18, bleeding: 'minor', monthsSinceDiagnosis: 5, pregnant: true, gestationWeeks: 32, prior: [ivigFailed] },
    expected: { urgency: 'routine', options: pregnancyOptions },
    sources: [treat, tpoRa, delivery],
  },
  {
    id: 'pregnancy-20w-count-35', name: 'Pregnant at 20 weeks, count 35, no bleeding', population: 'Pregnancy, count 30 or more',
    input: { ageYears: 30, count: 35, bleeding: 'none', monthsSinceDiagnosis: 24, pregnant: true, gestationWeeks: 20, prior: [] },
    expected: { urgency: 'routine', options: ['observation'] },
    sources: [safe],
  },
  {
    id: 'pregnancy-delivery-planned-45', name: 'Delivery planned at 38 weeks, count 45', population: 'Pregnancy, delivery planned, below 50',
    input: { ageYears: 30, count: 45, bleeding: 'none', monthsSinceDiagnosis: 24, pregnant: true, gestationWeeks: 38, deliveryPlanned: true, prior: [] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'prednisone', later('rituximab'), later('tpo-ra'), later('splenectomy')] },
    sources: [delivery, rise, treat],
  },
  {
    id: 'pregnancy-delivery-planned-60', name: 'Delivery planned at 38 weeks, count 60', population: 'Pregnancy, delivery planned, 50 to 69',
    input: { ageYears: 30, count: 60, bleeding: 'none', monthsSinceDiagnosis: 24, pregnant: true, gestationWeeks: 38, deliveryPlanned: true, prior: [] },
    expected: { urgency: 'urgent', options: pregnancyOptions },
    sources: [delivery, treat],
  },
  {
    id: 'pregnancy-delivery-planned-80', name: 'Delivery planned at 38 weeks, count 80', population: 'Pregnancy, delivery planned, 70 or more',
    input: { ageYears: 30, count: 80, bleeding: 'none', monthsSinceDiagnosis: 24, pregnant: true, gestationWeeks: 38, deliveryPlanned: true, prior: [] },
    expected: { urgency: 'routine', options: ['observation'] },
    sources: [delivery, safe],
  },
  {
    id: 'pregnancy-30w-mucosal-very-severe', name: 'Pregnant at 30 weeks, count 8, mucosal bleeding, corticosteroids and IVIG failed', population: 'Pregnancy, very severe',
    input: { ageYears: 30, count: 8, bleeding: 'mucosal', monthsSinceDiagnosis: 6, pregnant: true, gestationWeeks: 30, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'prednisone', 'rituximab', 'tpo-ra', later('splenectomy')] },
    sources: [treat, rituximab, tpoRa, 'guidelines.md §4.4, §8.2: vinca alkaloids (the multi-agent rescue) are avoided in pregnancy.'],
  },
  {
    id: 'pregnancy-gestation-unknown-very-severe', name: 'Pregnant, gestation not given, count 8, mucosal bleeding, refractory', population: 'Pregnancy, gestation unknown',
    input: { ageYears: 30, count: 8, bleeding: 'mucosal', monthsSinceDiagnosis: 18, pregnant: true, prior: [ivigFailed, steroidsFailed] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'prednisone', 'rituximab', later('tpo-ra'), later('splenectomy')] },
    sources: [treat, rituximab, 'DESIGN.md: an unknown gestation is not read as late or early; what depends on it waits.'],
  },
  {
    id: 'pregnancy-newly-diagnosed-15', name: 'Pregnant at 12 weeks, newly diagnosed, count 15', population: 'Pregnancy, newly diagnosed, below 20',
    input: { ageYears: 25, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 1, pregnant: true, gestationWeeks: 12, prior: [] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'prednisone', later('rituximab'), later('tpo-ra'), later('splenectomy')] },
    sources: ['guidelines.md §1.2 rec 2a: newly diagnosed below 20, admission suggested.', treat],
  },
  {
    id: 'pregnancy-adolescent-24w', name: 'Pregnant adolescent of 17.9 at 24 weeks, count 20', population: 'Pregnancy below 18',
    input: { ageYears: 17.9, count: 20, bleeding: 'none', monthsSinceDiagnosis: 6, pregnant: true, gestationWeeks: 24, prior: [ivigFailed] },
    expected: { urgency: 'routine', options: pregnancyOptions },
    sources: [treat, 'guidelines.md §8.2: the pregnancy advice applies whatever the age.'],
  },
  {
    id: 'pregnancy-steroid-intolerant-20w', name: 'Pregnant at 20 weeks, corticosteroids not tolerated, IVIG failed', population: 'Pregnancy, second trimester, corticosteroid-intolerant',
    input: { ageYears: 30, count: 15, bleeding: 'none', monthsSinceDiagnosis: 18, pregnant: true, gestationWeeks: 20, prior: [ivigFailed, had('corticosteroids', 'intolerant')] },
    expected: { urgency: 'routine', options: ['splenectomy', 'prednisone', 'methylprednisolone-pulse', later('rituximab'), later('tpo-ra')] },
    sources: [spleen, treat, 'Our reading (register §8.2): "if unavoidable" is read as after corticosteroids and IVIG have failed.'],
  },
  {
    id: 'pregnancy-count-30-gestation-unknown', name: 'Pregnant, gestation not given, count 30, no bleeding', population: 'Pregnancy, count 30 or more, gestation unknown',
    input: { ageYears: 30, count: 30, bleeding: 'none', monthsSinceDiagnosis: 24, pregnant: true, prior: [] },
    expected: { urgency: 'routine', options: ['observation'] },
    sources: [safe, delivery],
  },
  {
    id: 'pregnancy-not-stated-dependent', name: 'Adult woman, pregnancy not stated, corticosteroid-dependent at 24 months', population: 'Pregnancy not stated',
    input: { ageYears: 30, count: 20, bleeding: 'minor', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidDependent] },
    expected: { urgency: 'routine', options: adultSecondLine },
    sources: ['guidelines.md §8.2: fostamatinib, rilzabrutinib, danazol and non-listed immunosuppressants are avoided in pregnancy; the site says so when pregnancy is not stated.'],
  },
];
