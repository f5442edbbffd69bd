/**
 * The shape every agent's label table takes, so that one walker (stepper.ts) can walk any of them.
 * A table is data: rows with explicit bounds, the action, the waiting rule and the citation.
 */
import type { Citation } from '../citations';
import type { Dose } from '../dose';
import type { Note } from '../result';
import type { Bound } from './bounds';
import type { Agent, CypInteraction, Ruleset, TitrationStep } from './types';

/** What a row does to the dose level. */
export type Effect =
  | 'up'            // one level up; at the top, keep the maximum
  | 'down'          // one level down; below the lowest level, hold (never a zero dose)
  | 'keep'
  | 'hold'          // stop for now; the table's "while held" rows say when to restart
  | 'stay-held'
  | 'resume-lower'  // restart one level below the level held; from the lowest, a restart decision is needed
  | 'resume-same'   // restart at the level held (a row that is our reading for the lowest dose)
  | 'stop';         // discontinue for good

/** Conditions on this assessment; a row fires when all that it names are met. */
export interface Conditions {
  /** This count, ×10⁹/L. */
  count?: Bound;
  /**
   * The previous count (romiplostim's "two consecutive weekly counts"): the count at the assessment before,
   * or, with `previousDaysBefore`, the latest count taken at least that many days before this one.
   */
  previousCount?: Bound;
  /** How far back the previous count is looked for, days (a weekly table: 7). */
  previousDaysBefore?: number;
  /** Days since the current dose began (the start, the last change or the restart). */
  daysAtDose?: Bound;
  /** Days since day 0. */
  dayOfTreatment?: Bound;
  /** The current dose is the lowest or the highest of the ladder. */
  dose?: 'lowest' | 'highest';
  /**
   * Days this row's count bound has held at every count at this dose: since the dose began when it always
   * has, otherwise since the first count back inside it ("4 weeks at the maximum, count still < 50").
   */
  countHeldFor?: Bound;
  /** A count at this dose, before the current run, fell outside this row's count bound (for "< 50": a response). */
  afterCountOutside?: true;
}

/** A change the label says to judge only after a wait; until then the dose is kept. Days. */
export interface Wait {
  /** At least this many days at the current dose. */
  atDose?: number;
  /**
   * At least this many days since the last decrease: the effect of a decrease is judged before another.
   * Only a decrease is waited on; after a start, an increase or a restart a count that calls for a
   * decrease lowers the dose at once (thrombosis risk; drugs.md §2.2, §3.3).
   */
  sinceDecrease?: number;
}

export interface Rule {
  id: string;
  when: Conditions;
  then: Effect;
  wait?: Wait;
  /** The label's "not enough to avoid clinically important bleeding": a prompt for the prescriber. */
  prompt?: true;
  /** Where the row is our reading rather than label text: what we chose and why, shown in the step's reason. */
  reading?: string;
  citation: Citation;
}

/** The row that fires when no other row of its group matches. */
export interface Otherwise {
  id: string;
  then: Effect;
  citation: Citation;
}

export interface RuleGroup<R extends Rule = Rule> {
  rules: readonly R[];
  otherwise: Otherwise;
}

/**
 * A row tried while the drug is on hold: a restart below a count, so that every hold has its exit in the
 * data (DESIGN.md, "No dead ends"). `dose: 'lowest'` rows say how a hold at the lowest level ends.
 */
export interface RestartRule extends Rule {
  when: { count: Bound; dose?: 'lowest' };
  then: 'resume-lower' | 'resume-same';
}

/** First matching row wins, within the group for the patient's state. */
export interface RuleTable {
  dosing: RuleGroup;
  held: RuleGroup<RestartRule>;
}

/** The facts a start row may ask about. */
export interface StartFacts {
  eastAsianAncestry: boolean;
  hepaticImpairment: boolean;
  /** NaN when not given: then no age-bounded row matches. */
  ageYears: number;
  cypInteraction: CypInteraction | 'none';
}

export interface StartRow {
  when: Partial<Omit<StartFacts, 'ageYears'>> & { ageYears?: Bound };
  /** Index into the ladder, 0 = lowest. */
  level: number;
  /** Who this row is for, in words. */
  describe: string;
  /** The label says "consider" this start. */
  consider?: true;
  citation: Citation;
}

export interface StartTable {
  rows: readonly StartRow[];
  otherwise: Omit<StartRow, 'when'>;
}

/** A dose level as the patient takes it. */
export interface Presented {
  dose: Dose;
  /** In full: "70 mcg (1 mcg/kg) subcutaneously once weekly: …". */
  schedule: string;
  /** Short, for reasons: "1 mcg/kg × 70 kg = 70 mcg". */
  short: string;
  extras: Pick<TitrationStep, 'level' | 'preparation' | 'mgPerWeek' | 'mgPerDay'>;
  notes: Note[];
}

export interface Interval {
  days: number;
  words: string;
}

/** When platelet counts are due (stability: ≥ 50 for at least 4 weeks with no dose change). */
export interface CountMonitoring {
  dosing: Interval;
  stable: Interval;
  held: Interval;
  /**
   * Counts after stopping as the label gives them (weekly for `forDays`), or the note saying the label is
   * silent. Whatever the label says, the steps ask for at least the contract's follow-up (monitoring.ts).
   */
  afterStop: { every: Interval; forDays: number } | { unstated: Note };
  citation: Citation;
}

/** Other tests the label schedules. `every` is null for a one-off (before starting). */
export interface TestSchedule {
  test: string;
  schedule: string;
  /** Days between tests while the dose is being adjusted and once it is stable. */
  every: { adjusting: number; stable: number } | null;
  citation: Citation;
}

export interface AgentTable {
  agent: Agent;
  ruleset: Ruleset;
  /** The rule set in words, for the note every result carries. */
  title: string;
  citation: Citation;
  start: StartTable;
  rules: RuleTable;
  /** Number of dose levels; level indices run from 0 (lowest) to levels − 1. */
  levels: number;
  /**
   * Levels whose step in or out is not verified against the label: the engine takes the step as the digest
   * records it (our reading) and says so in the step's reason, with `refer.unverified`.
   */
  unverifiedLevels: readonly number[];
  /** The dose at a level for the assessment at index `at` (romiplostim: the weight in use then). */
  present(level: number, at: number): Presented;
  /** The size of a step in words: "by 25 mg", "by one level". */
  stepWords(from: number, to: number): string;
  /** Notes for a step at the lowest level (there is none below it) and for an unverified step. */
  refer: { floor: Note; unverified?: Note };
  counts: CountMonitoring;
  tests: readonly TestSchedule[];
  /** Shown with every result for this agent and rule set. */
  notes: readonly Note[];
}
