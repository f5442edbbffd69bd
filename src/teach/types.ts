/**
 * Teaching cases as data: the case the engine reads, the story a learner reads, and the questions with
 * their answers and sources. Pages render them (src/components/teach), the embed builder lists them and
 * builds preset links from the same records, and a unit test holds every answer key to what recommend()
 * returns for the case.
 */
import type { CaseInput, Citation, OptionId, PrednisoneRule, PriorTherapy, RegimenId, thresholds, Urgency } from '../engine';

/** A dose rule from the engine, rendered by <RegimenDose> with its own citation. */
export interface DosePart {
  dose: RegimenId;
  age?: 'adult' | 'child';
  drug?: string;
  show?: 'full' | 'schedule' | 'dose';
  prednisoneRule?: PrednisoneRule;
}

/** A number the algorithm decides on, rendered by <Threshold> so the text cannot drift from the engine. */
export interface ThresholdPart {
  threshold: keyof typeof thresholds;
  bare?: boolean;
}

/** A link to another page of the site, e.g. the guidance page that explains an answer further. */
export interface LinkPart {
  link: `/${string}`;
  text: string;
}

/** Rich text: plain words, with engine doses and thresholds in place of typed numbers where one fits. */
export type Part = string | DosePart | ThresholdPart | LinkPart;
export type RichText = readonly Part[];

export interface TeachingQuestion {
  /** Stable within its case: "first-step". */
  id: string;
  prompt: string;
  /** The answer in a sentence or two. */
  answer: RichText;
  /** Why, as the sources put it. */
  reasoning: RichText;
  /** `<Cite id>` values, shown after the reasoning. */
  citations: readonly Citation[];
}

export type Sex = 'woman' | 'man' | 'girl' | 'boy';

export interface TeachingCase {
  /** Stable: used in links and by the embed builder. */
  id: string;
  /** The guideline scenario the case teaches, e.g. "Life-threatening bleeding". */
  scenario: string;
  /** The heading on the cases page (the page's `##` line must match it; a test checks). */
  title: string;
  /** What the engine and the walker read. The vignette's age, count and time since diagnosis come from here. */
  input: CaseInput;
  sex: Sex;
  /** The bleeding as the patient presents it, in words. */
  bleeding: string;
  /** How each earlier treatment went, in words, beside the outcome the engine reads. */
  history: Readonly<Partial<Record<PriorTherapy, string>>>;
  /** The rest of the story: one or two sentences. */
  story: string;
  questions: readonly TeachingQuestion[];
  /** What the answer key states, held to recommend() by tests/unit/teach/cases.test.ts. */
  expected: {
    urgency: Urgency;
    /** The first options recommend() ranks, in order. */
    firstOptions: readonly OptionId[];
    /** Options the answer says must wait. */
    deferred?: readonly OptionId[];
    /** Options the answer names as open now, in any order after the first ones. */
    alsoOffered?: readonly OptionId[];
    /** Options the answer says are left out: recommend() must not list them. */
    leftOut?: readonly OptionId[];
  };
}
