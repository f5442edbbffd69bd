/**
 * Eltrombopag liver tests (boxed warning; PROMACTA §5; drugs.md §2.5, ✔2; W36): a calculator of its own
 * (one ALT result in, what to do out), apart from the titration table in eltrombopag.ts. ALT is given as a
 * multiple of the reference: the upper limit of normal (ULN) when the baseline was normal, or the
 * patient's baseline when it was raised. "Abnormal" is read as above that reference.
 */
import { formatNumber } from '../format/number';
import { collectFields } from '../plausibility';
import { ok, type Result } from '../result';
import { isRecord, readChoice, readNumber, readOptionalBoolean } from '../validate';
import { within, type Bound } from './bounds';

export type LiverAction = 'stop' | 'test-weekly' | 'repeat-within-3-to-5-days' | 'routine';

interface LiverFacts {
  altTimesReference: number;
  reference: 'uln' | 'baseline';
  confirmed: boolean;
  rising: boolean;
  weeksPersisting: number;
  directBilirubinRaised: boolean;
  liverInjurySigns: boolean;
}

export interface LiverRule {
  id: string;
  alt: Bound;
  /** 'stop-feature': rising, persisting ≥ 4 weeks, raised direct bilirubin, or symptoms/decompensation. */
  needs?: 'stop-feature' | 'confirmed';
  then: Exclude<LiverAction, 'routine'>;
  advice: string;
}

const n = formatNumber;
const stopAfterWeeks = 4;
const citation = 'promacta-uspi boxed warning; §5';

/** First matching row wins; below them all, the routine schedule. */
export const eltrombopagLiverRules: readonly LiverRule[] = [
  { id: 'must-stop', alt: { ge: 3 }, needs: 'stop-feature', then: 'stop', advice: 'stop eltrombopag' },
  {
    id: 'confirmed-abnormal', alt: { gt: 1 }, needs: 'confirmed', then: 'test-weekly',
    advice: 'test the liver weekly until the result resolves, stabilises or returns to baseline',
  },
  {
    id: 'abnormal', alt: { gt: 1 }, then: 'repeat-within-3-to-5-days',
    advice: `repeat the liver tests within ${n(3)} to ${n(5)} days`,
  },
];

function stopFeatures(f: LiverFacts): string[] {
  return [
    f.rising ? 'rising progressively' : undefined,
    f.weeksPersisting >= stopAfterWeeks ? `persisting ${n(f.weeksPersisting)} weeks (≥ ${n(stopAfterWeeks)})` : undefined,
    f.directBilirubinRaised ? 'with a raised direct bilirubin' : undefined,
    f.liverInjurySigns ? 'with symptoms of liver injury or signs of hepatic decompensation' : undefined,
  ].filter((part) => part !== undefined);
}

export interface LiverDecision {
  action: LiverAction;
  rule: string;
  reason: string;
  citation: string;
}

/**
 * What the boxed warning says to do with one ALT result on eltrombopag.
 * Example: `eltrombopagLiverAction({ altTimesReference: 4, directBilirubinRaised: true })` → stop.
 */
export function eltrombopagLiverAction(input: unknown): Result<LiverDecision> {
  const r = isRecord(input) ? input : {};
  const flag = (key: string, label: string) => readOptionalBoolean(r[key], key, label) ?? false;
  const read = collectFields<LiverFacts>({
    altTimesReference: readNumber(r.altTimesReference, 'altTimesReference', { label: 'ALT as a multiple of the reference', min: 0, max: 100 }),
    reference: r.reference === undefined ? 'uln' : readChoice(r.reference, 'reference', 'ALT reference', ['uln', 'baseline'] as const),
    confirmed: flag('confirmed', 'confirmed on a repeat test'),
    rising: flag('rising', 'rising'),
    weeksPersisting: r.weeksPersisting === undefined ? 0 : readNumber(r.weeksPersisting, 'weeksPersisting', { label: 'time abnormal', min: 0, max: 520, unit: 'weeks' }),
    directBilirubinRaised: flag('directBilirubinRaised', 'raised direct bilirubin'),
    liverInjurySigns: flag('liverInjurySigns', 'symptoms of liver injury or hepatic decompensation'),
  });
  if (!read.ok) return read;
  const f = read.value;
  const features = stopFeatures(f);
  const rule = eltrombopagLiverRules.find((row) => within(f.altTimesReference, row.alt)
    && (row.needs !== 'stop-feature' || features.length > 0)
    && (row.needs !== 'confirmed' || f.confirmed));
  const alt = `ALT ${n(f.altTimesReference)}× ${f.reference === 'uln' ? 'the upper limit of normal' : 'the raised baseline'}`;
  if (rule === undefined) {
    return ok({
      action: 'routine', rule: 'routine', citation,
      reason: `${alt}: not above the reference; keep the routine schedule (before starting, every ${n(2)} weeks while the dose is being adjusted, monthly once stable).`,
    });
  }
  const detail = rule.needs === 'stop-feature' ? ` (≥ ${n(3)}×), ${features.join(', ')}` : '';
  return ok({ action: rule.then, rule: rule.id, citation, reason: `${alt}${detail}: ${rule.advice}.` });
}
