/**
 * Response to a treatment by the IWG 2009 criteria (guidelines.md §3.2–3.3):
 * complete response (CR) = count ≥ 100 ×10⁹/L and no bleeding; response (R) = count ≥ 30 ×10⁹/L and at least
 * double the baseline and no bleeding; no response (NR) otherwise. CR and R must be confirmed on at least two
 * counts at least 7 days apart.
 *
 * Conservative reading (ours, documented): the assessment describes the patient now, so it looks at the
 * run of qualifying counts that ends with the latest count. A category is confirmed when that run spans at
 * least 7 days; a run that is still shorter is reported as no response, with a note naming the first day a
 * confirming count can be taken. A latest count that no longer qualifies ends the run, even though IWG needs
 * two counts at least 1 day apart to call a loss of response: a note asks for the repeat count. The same holds
 * for a loss of complete response (a fall below 100 ×10⁹/L after CR, §3.2).
 */
import { formatCount } from './format/amount';
import { formatNumber, roundDecimal } from './format/number';
import { decisionThresholds, formatBeside } from './format/threshold';
import { messages } from './messages';
import { collectFields, readCountSeries, type DayCount } from './plausibility';
import { fail, ok, type FieldError, type Note, type Result } from './result';
import { countInEngineUnit } from './units';
import { isRecord, readOptionalBoolean } from './validate';

export type ResponseCategory = 'complete-response' | 'response' | 'no-response';

export interface ResponseAssessment {
  category: ResponseCategory;
  /** Why, in words, naming the counts and the rule. */
  reason: string;
  /** First and last day of the qualifying run that confirmed CR or R. */
  confirmedOnDays?: [number, number];
  /** A better category whose count criteria the latest counts meet, not yet confirmed 7 days apart. */
  unconfirmed?: 'complete-response' | 'response';
  /** The first day on which a count could confirm `unconfirmed`. */
  confirmFromDay?: number;
  citation: string;
}

/**
 * The IWG 2009 response numbers as data (guidelines.md §3.2 = IWG Table 2; §3.3 = its footnotes), read by
 * assessResponse() and by the pages that state them, so the words and the arithmetic cannot drift apart.
 */
export const iwgResponse = {
  /** Complete response: a count of at least this (×10⁹/L) and no bleeding (§3.2). */
  completeFromCount: 100,
  /** Response: a count of at least this (×10⁹/L), at least double the baseline, and no bleeding (§3.2). */
  responseFromCount: 30,
  /** Response needs the count to be at least this multiple of the baseline ("a doubling", §3.2). */
  baselineMultiple: 2,
  /** CR or R is confirmed on 2 counts at least this many days apart (§3.3). */
  confirmDays: 7,
  /** No response or a loss of response is confirmed on 2 counts at least this many days apart (§3.3). */
  lossConfirmDays: 1,
  /** Corticosteroid dependence: corticosteroids needed for at least this many months (§3.2). */
  steroidDependenceMonths: 2,
} as const;

interface Criterion {
  category: 'complete-response' | 'response';
  name: string;
  qualifies: (count: number, baseline: number) => boolean;
  /** The criterion in words, given the baseline as shown. */
  words: (baseline: string) => string;
}

// Walked best first. A count ≥ 100 also counts towards R: with a baseline below 50 it is at least double
// the baseline anyway, and with a baseline of 50 or more every R count is also a CR count.
const criteria: readonly Criterion[] = [
  {
    category: 'complete-response', name: 'Complete response',
    qualifies: (count) => count >= iwgResponse.completeFromCount,
    words: () => `at least ${formatCount(iwgResponse.completeFromCount)}`,
  },
  {
    category: 'response', name: 'Response',
    qualifies: (count, baseline) => count >= iwgResponse.completeFromCount
      || (count >= iwgResponse.responseFromCount && count >= iwgResponse.baselineMultiple * baseline),
    words: (baseline) => `at least ${formatCount(iwgResponse.responseFromCount)} and at least double the baseline of ${baseline}`,
  },
];

/** The counts at the end of the series that all meet a criterion (empty when the latest does not). */
function trailingRun(series: DayCount[], baseline: number, criterion: Criterion): DayCount[] {
  const firstMiss = series.findLastIndex((entry) => !criterion.qualifies(entry.count, baseline));
  return series.slice(firstMiss + 1);
}

function span(run: DayCount[]): number {
  return run[run.length - 1].day - run[0].day;
}

/**
 * Decimals that keep a count and the baseline, as shown, on their true sides of every count threshold and of
 * each other's doubling (audit 3, A6): 59.99 beside a baseline of 30 is never shown as "60", nor a count and a
 * doubled baseline rounded to the same number. Counts are ×10⁹/L, shown to 1 decimal where that is enough.
 */
function shownDecimals(count: number, baseline: number): number {
  const same = (a: number, b: number, x: number, y: number) => Math.sign(a - b) === Math.sign(x - y);
  const keeps = (d: number) => {
    const [c, b] = [roundDecimal(count, d), roundDecimal(baseline, d)];
    return same(c, iwgResponse.baselineMultiple * b, count, iwgResponse.baselineMultiple * baseline)
      && decisionThresholds.count.every((t) => same(c, t, count, t) && same(b, t, baseline, t));
  };
  let decimals = 1;
  while (decimals < 17 && !keeps(decimals)) decimals += 1;
  return decimals;
}

/** A count and the baseline it is compared with, formatted together (shownDecimals). */
function countAndBaseline(count: number, baseline: number): { count: string; baseline: string } {
  const decimals = shownDecimals(count, baseline);
  const show = (value: number) => `${formatBeside(value, decisionThresholds.count, decimals)} ×10⁹/L`;
  return { count: show(count), baseline: show(baseline) };
}

function onDay(entry: DayCount, baseline: number): string {
  return `${countAndBaseline(entry.count, baseline).count} on day ${formatNumber(entry.day)}`;
}

/** A criterion with the run of latest counts that meet it. */
interface Run {
  criterion: Criterion;
  run: DayCount[];
}

const CITATION = 'iwg-2009 Table 2';

/** A note for a category whose count criteria are met but not yet confirmed 7 days apart. */
function pendingNote(pending: Run, baseline: number): Note {
  const since = pending.run[0].day;
  return {
    code: 'response-unconfirmed',
    message: `Counts have been ${pending.criterion.words(formatCount(baseline))} only since day ${formatNumber(since)}: a count on day ${formatNumber(since + iwgResponse.confirmDays)} or later is needed to confirm ${pending.criterion.name.toLowerCase()}.`,
    citation: CITATION,
  };
}

/** The best pending category, for the result's own fields. */
function pendingFields(pending: Run[]): Pick<ResponseAssessment, 'unconfirmed' | 'confirmFromDay'> {
  const best = pending[0];
  return best === undefined ? {} : { unconfirmed: best.criterion.category, confirmFromDay: best.run[0].day + iwgResponse.confirmDays };
}

/** A scored assessment and its notes, before the notes that look back over the whole series. */
interface Scored {
  value: ResponseAssessment;
  warnings: Note[];
}

function confirmedResult(confirmed: Run, pending: Run[], baseline: number): Scored {
  const { criterion, run } = confirmed;
  const first = run[0];
  const last = run[run.length - 1];
  return {
    value: {
      category: criterion.category,
      reason: `${criterion.name}: every count from day ${formatNumber(first.day)} to day ${formatNumber(last.day)} is ${criterion.words(formatCount(baseline))}, confirmed ${formatNumber(span(run))} days apart, with no bleeding (IWG 2009).`,
      confirmedOnDays: [first.day, last.day],
      ...pendingFields(pending),
      citation: CITATION,
    },
    warnings: pending.map((entry) => pendingNote(entry, baseline)),
  };
}

function noResponse(series: DayCount[], pending: Run[], baseline: number): Scored {
  const latest = series[series.length - 1];
  const best = pending[0];
  if (best !== undefined) {
    return {
      value: {
        category: 'no-response',
        reason: `Not yet confirmed: the latest count, ${onDay(latest, baseline)}, meets the count criteria for ${best.criterion.name.toLowerCase()}, but IWG 2009 needs two qualifying counts at least ${formatNumber(iwgResponse.confirmDays)} days apart; until a confirming count, this is scored as no response.`,
        ...pendingFields(pending),
        citation: CITATION,
      },
      warnings: pending.map((entry) => pendingNote(entry, baseline)),
    };
  }
  const response = criteria[1];
  const earlier = series.some((entry) => response.qualifies(entry.count, baseline));
  return {
    value: {
      category: 'no-response',
      reason: `No response: the latest count, ${onDay(latest, baseline)}, is not ${response.words(countAndBaseline(latest.count, baseline).baseline)} (IWG 2009).`,
      citation: CITATION,
    },
    warnings: earlier ? [{
      code: 'response-loss-check',
      message: `Earlier counts met the response criteria. IWG 2009 needs two counts at least ${formatNumber(iwgResponse.lossConfirmDays)} day apart to call a loss of response: repeat the count.`,
      citation: 'iwg-2009 Table 2',
    }] : [],
  };
}

/**
 * Loss of complete response: the count falls below 100 ×10⁹/L after CR (guidelines.md §3.2), called on 2 counts
 * at least 1 day apart (§3.3). Only while the latest count still meets the response criteria: below them, the
 * loss-of-response check above already asks for the repeat.
 * Our reading: any earlier count of at least 100 is taken as CR reached, even one not yet confirmed 7 days
 * apart, so that a fall from it is never passed over in silence. Its exit: once a second count below 100 at
 * least 1 day later confirms the loss, the note says so instead of asking for another count.
 */
function completeResponseLoss(series: DayCount[], baseline: number): Note[] {
  const [complete, response] = criteria;
  const lastComplete = series.findLastIndex((entry) => complete.qualifies(entry.count, baseline));
  const since = series.slice(lastComplete + 1);
  const latest = since[since.length - 1];
  if (lastComplete < 0 || latest === undefined || !response.qualifies(latest.count, baseline)) return [];
  const threshold = formatCount(iwgResponse.completeFromCount);
  const reached = `A count of at least ${threshold} on day ${formatNumber(series[lastComplete].day)} met the complete-response count`;
  if (span(since) >= iwgResponse.lossConfirmDays) {
    return [{
      code: 'complete-response-lost',
      message: `${reached}; every count since, from day ${formatNumber(since[0].day)} to day ${formatNumber(latest.day)}, is below it: complete response is lost (IWG 2009: two counts at least ${formatNumber(iwgResponse.lossConfirmDays)} day apart).`,
      citation: CITATION,
    }];
  }
  return [{
    code: 'complete-response-loss-check',
    message: `${reached}; the latest, ${onDay(latest, baseline)}, is below it. IWG 2009 needs two counts at least ${formatNumber(iwgResponse.lossConfirmDays)} day apart to call a loss of complete response: repeat the count.`,
    citation: CITATION,
  }];
}

function readBleeding(value: unknown): boolean | FieldError {
  const read = readOptionalBoolean(value, 'bleeding', 'bleeding');
  return read === undefined ? { field: 'bleeding', message: 'Say whether the patient is bleeding.' } : read;
}

function readBaseline(value: unknown): number | FieldError {
  // Required by the engine contract (DESIGN.md): a response is at least a doubling of it (guidelines.md §3.2),
  // and it is the count when the treatment began (§3.3), so the message names it (audit 3, A8).
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { field: 'baselineCount', message: 'Enter the baseline count (the count when the treatment began): a response needs the count to be at least double it (IWG 2009).' };
  }
  const read = countInEngineUnit(value, 'baselineCount');
  return read.ok ? read.value : read.errors[0];
}

/**
 * Response category by IWG 2009, with the reason, the days that confirmed it, and what is still needed.
 * Counts are ×10⁹/L; `day` counts from the start of the treatment; `baselineCount` is the count when it began.
 * @example assessResponse({ baselineCount: 10, counts: [{ day: 7, count: 120 }, { day: 14, count: 130 }], bleeding: false })
 *   // ok, category 'complete-response', confirmedOnDays [7, 14]
 */
export function assessResponse(input: unknown): Result<ResponseAssessment> {
  if (!isRecord(input)) return fail([{ field: 'input', message: messages.notAnObject('response assessment') }]);
  const fields = collectFields<{ baselineCount: number; bleeding: boolean }>({
    baselineCount: readBaseline(input.baselineCount),
    bleeding: readBleeding(input.bleeding),
  });
  const counts = readCountSeries(input.counts, 'counts');
  if (!fields.ok) {
    const [first, ...rest] = fields.errors;
    return fail([first, ...rest, ...(counts.ok ? [] : counts.errors)]);
  }
  if (!counts.ok) return counts;
  const { baselineCount: baseline, bleeding } = fields.value;
  const series = counts.value;
  if (bleeding) {
    return ok({
      category: 'no-response',
      reason: `No response: the patient is bleeding, and IWG 2009 requires no bleeding for a response or complete response (latest count ${onDay(series[series.length - 1], baseline)}).`,
      citation: CITATION,
    });
  }
  const { value, warnings } = score(series, baseline);
  return ok(value, [...warnings, ...completeResponseLoss(series, baseline)]);
}

/** Best first: the first confirmed category wins; better ones met but not yet confirmed are reported with it. */
function score(series: DayCount[], baseline: number): Scored {
  const pending: Run[] = [];
  for (const criterion of criteria) {
    const run = trailingRun(series, baseline, criterion);
    if (run.length === 0) continue;
    if (span(run) >= iwgResponse.confirmDays) return confirmedResult({ criterion, run }, pending, baseline);
    pending.push({ criterion, run });
  }
  return noResponse(series, pending, baseline);
}
