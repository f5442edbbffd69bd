/**
 * A teaching case as the SCORM package shows it (issue #20 item 4): the same records the Teach pages render
 * (src/teach), turned into plain text at build time, so the package needs neither Astro nor the engine when
 * a learner opens it. Doses and thresholds come from the engine through the same text builders as the
 * pages' <RegimenDose> and <Threshold>; citations read as the site prints them ("ASH 2019, rec 9").
 */
import { formatCount, formatNumber, optionIds, optionLabels, urgencyLevels } from '../engine';
import { citeId } from '../components/clinical/cite-ids';
import { doseText } from '../components/clinical/regimen-rules';
import { thresholdText } from '../components/clinical/threshold-text';
import type { RichText, TeachingCase } from '../teach/cases';
import { sinceDiagnosisText, therapyLabels, urgencyLabels } from '../teach/labels';
import type { Cite } from '../tools/shared/note-text';

export interface Choice {
  /** The engine's id: "emergency", "tpo-ra". */
  value: string;
  label: string;
}

/** A question with one right choice, scored before its answer is shown. */
export interface GradedQuestion {
  /** The interaction id the LMS records: "urgency", "first-option". */
  id: 'urgency' | 'first-option';
  prompt: string;
  choices: readonly Choice[];
  /** The `value` of the right choice: the case's `expected`, held to recommend() by the unit tests. */
  correct: string;
}

/** A question from the case, shown with a reveal and not scored. */
export interface OpenQuestion {
  id: string;
  prompt: string;
  answer: string;
  reasoning: string;
  /** Readable citations: "ICR 2019; ASH 2019". */
  sources: string;
}

export interface ScoCase {
  id: string;
  title: string;
  scenario: string;
  /** `[term, description]`, as the Teach pages' vignette. */
  vignette: readonly (readonly [string, string])[];
  /** "Corticosteroids: Prednisone for 2 weeks …" for each earlier treatment; empty when there is none. */
  tried: readonly (readonly [string, string])[];
  story: string;
  graded: readonly GradedQuestion[];
  questions: readonly OpenQuestion[];
}

/** Every option the algorithm can rank, in the engine's order: the choices for "what comes first". */
const optionChoices: readonly Choice[] = optionIds.map((id) => ({ value: id, label: optionLabels[id] }));
const urgencyChoices: readonly Choice[] = urgencyLevels.map((level) => ({ value: level, label: urgencyLabels[level] }));

/** "[ICR 2019, §4.4; ASH 2019]" after a dose, as <Cite> prints it in a page. */
function sourcesOf(citations: readonly string[], cite: Cite): string {
  return citations.length === 0 ? '' : citeId(...citations).split('; ').map(cite).join('; ');
}

/** Rich text as one plain string: links become their words (the package links nowhere outside itself). */
export function plainText(parts: RichText, cite: Cite): string {
  return parts.map((part) => {
    if (typeof part === 'string') return part;
    if ('dose' in part) {
      const { dose, ...options } = part;
      const { text, citations } = doseText(dose, options);
      return `${text} [${sourcesOf(citations, cite)}]`;
    }
    if ('threshold' in part) return thresholdText(part.threshold, part.bare ?? false);
    return part.text;
  }).join('');
}

export function scoCase(entry: TeachingCase, cite: Cite): ScoCase {
  const { input } = entry;
  const first = entry.expected.firstOptions[0];
  if (first === undefined) throw new Error(`Teaching case "${entry.id}" names no first option.`);
  return {
    id: entry.id,
    title: entry.title,
    scenario: entry.scenario,
    vignette: [
      ['Patient', `${formatNumber(input.ageYears)}-year-old ${entry.sex}${input.pregnant === true ? ', pregnant' : ''}`],
      ['Platelet count', formatCount(input.count)],
      ['Bleeding', entry.bleeding],
      ['Since diagnosis', sinceDiagnosisText(input.monthsSinceDiagnosis)],
    ],
    tried: input.prior.map((prior) => [therapyLabels[prior.therapy], entry.history[prior.therapy] ?? ''] as const),
    story: entry.story,
    graded: [
      { id: 'urgency', prompt: 'How urgent is this?', choices: urgencyChoices, correct: entry.expected.urgency },
      { id: 'first-option', prompt: 'Which option does the algorithm rank first?', choices: optionChoices, correct: first },
    ],
    questions: entry.questions.map((question) => ({
      id: question.id,
      prompt: question.prompt,
      answer: plainText(question.answer, cite),
      reasoning: plainText(question.reasoning, cite),
      sources: sourcesOf(question.citations, cite),
    })),
  };
}
