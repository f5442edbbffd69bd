/**
 * The guideline invariants checked over the whole enumerated case space, in this build (issue #17): every
 * case is walked by recommend() and every invariant is asked of its advice. Some 230,000 cases take about
 * 10 s, so the result is kept for the rest of the build: the page asks once, however many components read
 * it. The time goes to the build log, not the page, so that an unchanged site builds to the same bytes.
 */
import { enumerateCases, invariants, recommend, violations, type CaseInput } from '../../engine';

export interface InvariantResult {
  id: string;
  violations: number;
  /** The first case that broke it, and what was wrong. */
  first?: { input: CaseInput; message: string };
}

export interface CaseSpaceCheck {
  cases: number;
  /** Cases recommend() refused: each is a failure too, since every enumerated case is valid. */
  refused: number;
  results: InvariantResult[];
}

/** Walks `cases` and counts, for each invariant, the cases whose advice breaks it. */
export function checkCases(cases: Iterable<CaseInput>): CaseSpaceCheck {
  const results = new Map<string, InvariantResult>(invariants.map((invariant) => [invariant.id, { id: invariant.id, violations: 0 }]));
  let count = 0;
  let refused = 0;
  for (const input of cases) {
    count += 1;
    const advice = recommend(input);
    if (!advice.ok) {
      refused += 1;
      continue;
    }
    for (const found of violations(input, advice.value, advice.warnings)) {
      const result = results.get(found.invariant);
      if (result === undefined) continue;
      result.violations += 1;
      result.first ??= { input, message: found.message };
    }
  }
  return { cases: count, refused, results: [...results.values()] };
}

let checked: CaseSpaceCheck | undefined;

/** The check over the whole enumerated case space, run on first use and kept for the rest of the build. */
export function caseSpaceCheck(): CaseSpaceCheck {
  if (checked === undefined) {
    const start = performance.now();
    checked = checkCases(enumerateCases());
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.info(`[verification] ${invariants.length} invariants over ${checked.cases.toLocaleString('en')} enumerated cases in ${seconds} s`);
  }
  return checked;
}
