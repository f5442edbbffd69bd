/**
 * The paediatric short corticosteroid courses the children's first line names (ASH 2019, guidelines.md §1.3;
 * drugs.md §7.2, ✔1: the caps rest on one secondary summary). The same numbers drive the regimen calculator
 * (src/engine/regimens/prednisone.ts, dexamethasone-high-dose.ts); a unit test holds the two equal, so the
 * advice and the dose tool cannot disagree.
 */
export const paediatricCourses = {
  prednisone: { perKg: 2, perKgMax: 4, capMg: 120, daysMin: 5, daysMax: 7 },
  dexamethasone: { perKg: 0.6, capMg: 40, days: 4 },
  /** ASH 2019 advises against paediatric courses longer than 7 days. */
  longestCourseDays: 7,
} as const;
