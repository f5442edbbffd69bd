/**
 * Every error and notice the tools' own code writes, in one place (the engine's messages stay in the
 * engine, src/engine/messages.ts and titration/messages.ts): what a tool asks for before it calls the
 * engine, what a link or a stored value could not give, and why a tool has no result yet. Plain words,
 * each saying what to do.
 */
import { regimenName, type Agent, type RegimenId } from '../../engine';

/** The most of a link's value a notice quotes: enough to find it, never a page of whatever a link carried. */
const MAX_QUOTED = 60;

/** Quotes a link's parameter as the reader sees it in the address bar, cut short when long. */
const quoted = (name: string, value: string) => `“${name}=${value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value}”`;

export const linkMessages = {
  notAChoice: (name: string, raw: string, allowed: readonly string[]) =>
    `${quoted(name, raw)} is not one of ${allowed.join(', ')}; the default was kept.`,
  notAFlag: (name: string, raw: string) => `${quoted(name, raw)} must be 1 or 0; the default was kept.`,
  notAPriorTreatment: (part: string) => `${quoted('prior', part)} is not an earlier treatment and outcome (therapy:outcome); it was left out.`,
  notACount: (part: string) => `${quoted('counts', `…${part}…`)} is not a day and a count (day:count); it was left out.`,
  otherAgent: (name: string, raw: string, owner: Agent, agent: Agent) =>
    `${quoted(name, raw)} applies to ${owner} only, not ${agent}; it was not used.`,
  notAStartDate: (raw: string) => `${quoted('start', raw)} is not a date (YYYY-MM-DD); days are used instead.`,
} as const;

/** An embed's link checked against its widget's rules (src/embed/check-params.ts). */
export const embedLinkMessages = {
  partLeftOut: (name: string, part: string, form: string) => `${quoted(name, `…${part}…`)} is not ${form}; it was left out.`,
  refused: (name: string, raw: string, why: string, fallback: string) => `${quoted(name, raw)} ${why}; ${fallback}.`,
  notANumber: 'is not a number',
  notOneOf: (allowed: readonly string[]) => `is not one of ${allowed.join(', ')}`,
  notAFlag: 'must be 1 (yes) or 0 (no)',
  notADate: 'is not a date written YYYY-MM-DD',
  notUsed: 'it was not used',
  defaultUsed: (value: string) => `${value} was used`,
  unknown: (name: string, widget: string) => `“${name}” is not a setting of the ${widget}; it was ignored.`,
  outOfRange: (name: string, raw: string, why: string, fallback: string) => `${quoted(name, raw)} could not be used: ${why}; ${fallback}.`,
  partOutOfRange: (name: string, part: string, why: string) => `${quoted(name, `…${part}…`)} could not be used: ${why}; it was left out.`,
  repeated: (name: string, count: number) => `“${name}” is given ${count} times; only the first was read.`,
  needs: (name: string, raw: string, other: string, fallback: string) => `${quoted(name, raw)} needs “${other}” as well; ${fallback}.`,
} as const;

/** What the titration simulator asks for before the engine is called; the engine's own messages cover the rest. */
export const titrationMessages = {
  whenMissing: {
    day: 'Enter the day of this count (day 0 is the first dose).',
    week: 'Enter the week of this count (week 0 is the first dose).',
    date: 'Enter the date of this count.',
  },
  eastAsian: 'Answer whether the patient has East- or Southeast-Asian ancestry: it changes the eltrombopag start dose.',
  hepatic: 'Answer whether the patient has hepatic impairment: it changes the eltrombopag start dose.',
  cyp: 'Say whether the patient takes a moderate or strong dual CYP2C9 and CYP3A4 inhibitor or inducer: it sets the avatrombopag start level.',
  /**
   * A hold whose label restart cannot be taken at the lowest dose (TitrationStep.restartDecision): never a
   * silent hold (issue #18). The numbers come formatted from the engine's step.
   */
  restartDecision: (count: string, nextDay: string) => `Count ${count}: restart decision needed now — next count due day ${nextDay}.`,
  /** An agent's rules are a script of their own (titration/agents.ts): without them there is no step to show. */
  rulesNotLoaded: (agent: Agent) =>
    `The ${agent} label table could not be loaded, so no step can be shown: check the connection, then reload the page.`,
} as const;

/** What the dose calculator says when a regimen's rules (a script of their own, dose/regimens.ts) cannot be loaded. */
export const doseMessages = {
  rulesNotLoaded: (regimen: RegimenId) =>
    `The rules for ${regimenName(regimen)} could not be loaded, so no dose can be shown: check the connection, then reload the page.`,
} as const;

/** What the walker says when the part of the algorithm a case needs (a script of its own, walker/parts.ts) cannot be loaded. */
export const walkerMessages = {
  partNotLoaded: 'The part of the algorithm this case needs could not be loaded, so no advice can be shown: check the connection, then reload the page.',
} as const;

export const caseMessages = {
  /** A half-chosen row is never silently left out of the advice (issue #17). */
  priorIncomplete: (row: number) =>
    `Earlier treatment ${row} has a treatment or an outcome but not both: choose the other, or remove the row. Until then the advice waits, since it depends on every treatment tried.`,
} as const;
