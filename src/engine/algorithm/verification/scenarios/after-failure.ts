/** Every "after X failed" route (guidelines.md §4.3, §7.2, §9). */
import { had, ivigFailed, steroidDependent, steroidsFailed, type Scenario } from './scenario-type';

const switching = 'guidelines.md §7.2: after a TPO-RA fails, switching to another helps 50–80%; so it moves below the next option rather than out.';
const recheck = 'guidelines.md §4.3: no response to IVIG and corticosteroids, re-check the diagnosis before escalating.';
const refractory = 'guidelines.md §3.1: thrombocytopenia persisting after splenectomy is refractory ITP; splenectomy is not repeated.';
const order = 'guidelines.md §1.2 recs 6–9 and §2.2, §9: TPO-RA, rituximab, splenectomy, then later-approved and older agents.';
const rescue = 'guidelines.md §4.4: the multi-agent rescue for patients with no response to IVIG or high-dose corticosteroids; danazol with azathioprine as maintenance.';

export const afterFailureScenarios: readonly Scenario[] = [
  {
    id: 'after-tpo-ra-and-rituximab', name: 'Adult at 48 months after a TPO-RA and rituximab failed', population: 'Adult, chronic, after TPO-RA and rituximab',
    input: { ageYears: 55, count: 14, bleeding: 'minor', monthsSinceDiagnosis: 48, prior: [steroidDependent, ivigFailed, had('tpo-ra', 'no-response'), had('rituximab', 'no-response')] },
    expected: { urgency: 'routine', options: ['splenectomy', 'tpo-ra', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'] },
    sources: [switching, order],
  },
  {
    id: 'after-tpo-ra', name: 'Adult at 36 months after a TPO-RA failed', population: 'Adult, chronic, after TPO-RA',
    input: { ageYears: 50, count: 20, bleeding: 'minor', monthsSinceDiagnosis: 36, prior: [ivigFailed, steroidsFailed, had('tpo-ra', 'no-response')] },
    expected: { urgency: 'routine', options: ['rituximab', 'tpo-ra', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'] },
    sources: [switching, recheck, order],
  },
  {
    id: 'after-splenectomy', name: 'Adult at 60 months after splenectomy failed', population: 'Adult, refractory after splenectomy',
    input: { ageYears: 50, count: 20, bleeding: 'minor', monthsSinceDiagnosis: 60, prior: [ivigFailed, steroidsFailed, had('splenectomy', 'no-response')] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'rituximab', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'] },
    sources: [refractory, order],
  },
  {
    id: 'after-rituximab', name: 'Corticosteroid-dependent adult after rituximab failed', population: 'Adult, chronic, after rituximab',
    input: { ageYears: 45, count: 25, bleeding: 'none', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidDependent, had('rituximab', 'no-response')] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'] },
    sources: [order, 'A failed finite course is not repeated here; the next agents follow.'],
  },
  {
    id: 'after-everything', name: 'Adult after every agent failed', population: 'Adult, multiply refractory',
    input: { ageYears: 45, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 60, prior: [ivigFailed, steroidsFailed, had('tpo-ra', 'no-response'), had('rituximab', 'no-response'), had('splenectomy', 'no-response'), had('fostamatinib', 'no-response'), had('rilzabrutinib', 'intolerant')] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'danazol-azathioprine', 'other-immunosuppressant'] },
    sources: [rescue, switching, recheck],
  },
  {
    id: 'after-everything-count-5', name: 'Adult after every agent failed, count 5', population: 'Adult, multiply refractory, count below 10',
    input: { ageYears: 45, count: 5, bleeding: 'minor', monthsSinceDiagnosis: 60, prior: [ivigFailed, steroidsFailed, had('tpo-ra', 'no-response'), had('rituximab', 'no-response'), had('splenectomy', 'no-response'), had('fostamatinib', 'no-response'), had('rilzabrutinib', 'intolerant')] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'multiagent-rescue', 'tpo-ra', 'danazol-azathioprine', 'other-immunosuppressant'] },
    sources: [rescue, 'guidelines.md §2.1: an IV corticosteroid with IVIG when the count must rise fast.'],
  },
  {
    id: 'after-anti-d-and-steroids', name: 'Adult at 14 months after anti-D and corticosteroids failed', population: 'Adult, chronic, after anti-D',
    input: { ageYears: 40, count: 25, bleeding: 'none', monthsSinceDiagnosis: 14, prior: [had('anti-d', 'no-response'), steroidsFailed] },
    expected: { urgency: 'routine', options: ['tpo-ra', 'rituximab', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'] },
    sources: [recheck, order],
  },
  {
    id: 'after-fostamatinib-intolerant', name: 'Adult after a TPO-RA failed and fostamatinib was not tolerated', population: 'Adult, chronic, after fostamatinib',
    input: { ageYears: 45, count: 22, bleeding: 'none', monthsSinceDiagnosis: 30, prior: [ivigFailed, steroidDependent, had('tpo-ra', 'no-response'), had('fostamatinib', 'intolerant')] },
    expected: { urgency: 'routine', options: ['rituximab', 'tpo-ra', 'splenectomy', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'] },
    sources: [switching, order],
  },
  {
    id: 'after-tpo-ra-intolerant-count-8', name: 'Adult, TPO-RA not tolerated, count 8', population: 'Adult, chronic, after TPO-RA, count below 10',
    input: { ageYears: 50, count: 8, bleeding: 'none', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidDependent, had('tpo-ra', 'intolerant')] },
    expected: { urgency: 'urgent', options: ['methylprednisolone-pulse', 'multiagent-rescue', 'rituximab', 'tpo-ra', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'] },
    sources: [switching, rescue, 'guidelines.md §4.2: below 10, a rise is needed promptly.'],
  },
];
