/**
 * Fostamatinib worked examples W49–W56 (drugs.md §13; the rules are drugs.md §4.1–§4.3): the count titration,
 * the reduction ladder by total daily dose, and the blood-pressure rules. A titration dose is one of the two
 * daily doses.
 */
import { onDays, type TitrationVector } from './vector-type';

const agent = 'fostamatinib';
const adult = { agent, options: { ageYears: 60 } } as const;
const counts = 'tavalisse-uspi §2.1';
const toxicity = 'tavalisse-uspi §2.3';

export const fostamatinibVectors: readonly TitrationVector[] = [
  {
    id: 'W49', agent, shows: 'Start at 100 mg twice daily', citation: counts,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20]) }, expected: [{ action: 'start', dose: { amount: 100, unit: 'mg', capped: false }, mgPerDay: 200 }] },
  },
  {
    id: 'W50', agent, shows: 'Below 50 after 4 weeks: 150 mg twice daily, the maximum', citation: counts,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [28, 42]) }, expected: [{ action: 'increase', dose: { amount: 150, capped: true }, mgPerDay: 300 }] },
  },
  {
    id: 'W51', agent, shows: 'At least 50 after 4 weeks: keep 100 mg twice daily', citation: counts,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [28, 55]) }, expected: [{ action: 'maintain', dose: { amount: 100 }, mgPerDay: 200 }] },
  },
  {
    id: 'W52', agent, shows: 'Still below 50 at 12 weeks: a prompt to stop', citation: counts,
    check: {
      kind: 'titration', input: { ...adult, counts: onDays([0, 20], [28, 42], [56, 30], [84, 25]) },
      expected: [{ action: 'maintain', dose: { amount: 150, capped: true } }, { action: 'discontinue', dose: null }],
    },
  },
  {
    id: 'W53a', agent, shows: 'Toxicity on 300 mg a day: 100 mg morning and evening', citation: toxicity,
    check: { kind: 'fostamatinib-reduction', input: { currentDailyMg: 300 }, expected: { action: 'reduce', dailyMg: 200, morningMg: 100, eveningMg: 100 } },
  },
  {
    id: 'W53b', agent, shows: 'Again, on 200 mg a day: 150 mg once daily, in the morning', citation: toxicity,
    check: { kind: 'fostamatinib-reduction', input: { currentDailyMg: 200 }, expected: { action: 'reduce', dailyMg: 150, morningMg: 150, eveningMg: null } },
  },
  {
    id: 'W53c', agent, shows: 'Again, on 150 mg a day: 100 mg once daily, in the morning', citation: toxicity,
    check: { kind: 'fostamatinib-reduction', input: { currentDailyMg: 150 }, expected: { action: 'reduce', dailyMg: 100, morningMg: 100, eveningMg: null } },
  },
  {
    id: 'W53d', agent, shows: 'Again, on 100 mg a day: discontinue', citation: toxicity,
    check: { kind: 'fostamatinib-reduction', input: { currentDailyMg: 100 }, expected: { action: 'discontinue' } },
  },
  {
    id: 'W54', agent, shows: 'At least 140/90 for more than 8 weeks despite treatment: the next lower daily dose', citation: toxicity,
    check: { kind: 'fostamatinib-blood-pressure', input: { systolic: 148, diastolic: 94, weeks: 9, currentDailyMg: 300 }, expected: { action: 'reduce', category: 'stage-2', nextDailyMg: 200 } },
  },
  {
    id: 'W55', agent, shows: 'At least 160/100 for more than 4 weeks despite aggressive treatment', citation: toxicity,
    check: { kind: 'fostamatinib-blood-pressure', input: { systolic: 165, diastolic: 102, weeks: 5, currentDailyMg: 200 }, expected: { action: 'interrupt-or-discontinue', category: 'stage-2' } },
  },
  {
    id: 'W56', agent, shows: 'Systolic above 180: a hypertensive crisis; resume at the same daily dose once below target', citation: toxicity,
    check: { kind: 'fostamatinib-blood-pressure', input: { systolic: 186, diastolic: 118, currentDailyMg: 150 }, expected: { action: 'interrupt-or-discontinue', category: 'hypertensive-crisis', resumeDailyMg: 150 } },
  },
];
