// The teaching cases' answer keys held to the engine: recommend() for each case gives the urgency and the
// first options the answers state, and each case's walker link decodes, through the shared case link's
// codec, back to the same case. A disagreement fails here rather than reaching a learner.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../../scripts/lib/ismp-lint.mjs';
import { recommend, referenceKeys, citationKey, type CaseInput, type Recommendation } from '../../../src/engine';
import { caseCodec } from '../../../src/tools/case/case-url';
import { readFragment } from '../../../src/tools/shared/fragment';
import { emptyCase, type CaseFields } from '../../../src/tools/case/case';
import { caseValues } from '../../../src/tools/case/case-values';
import { teachingCases, walkerHref, type RichText, type TeachingCase } from '../../../src/teach/cases';

function advice(input: CaseInput): Recommendation {
  const result = recommend(input);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.field}: ${error.message}`).join('; '));
  return result.value;
}

/** Every word of a case a reader sees that is typed rather than rendered from the engine. */
function typedText(entry: TeachingCase): string[] {
  const words = (parts: RichText): string[] => parts.flatMap((part) => (typeof part === 'string' ? [part] : 'text' in part ? [part.text] : []));
  return [
    entry.title, entry.scenario, entry.bleeding, entry.story, ...Object.values(entry.history),
    ...entry.questions.flatMap((question) => [question.prompt, ...words(question.answer), ...words(question.reasoning)]),
  ];
}

/** The case fields the walker reads, as the link decoder gives them back. */
function decodeLink(href: string): { url: URL; anchor: string | undefined; value: CaseFields; rejected: string[] } {
  const url = new URL(href, 'https://itp-pathway.example.org');
  const { state, anchor } = readFragment(url.hash);
  return { url, anchor, ...caseCodec.decode(state, emptyCase) };
}

describe.each(teachingCases.map((entry) => [entry.id, entry] as const))('teaching case %s', (_id, entry) => {
  const result = advice(entry.input);
  const ids = result.options.map((option) => option.id);

  it(`is ${entry.expected.urgency}, as the answer key says`, () => {
    expect(result.urgency).toBe(entry.expected.urgency);
  });

  it(`ranks ${entry.expected.firstOptions.join(', ')} first, valid now`, () => {
    const first = result.options.slice(0, entry.expected.firstOptions.length);
    expect(first.map((option) => option.id)).toEqual(entry.expected.firstOptions);
    expect(first.filter((option) => option.deferred === true)).toEqual([]);
  });

  it('offers the other options the answers name as open now', () => {
    for (const id of entry.expected.alsoOffered ?? []) {
      expect(result.options.find((option) => option.id === id && option.deferred !== true), id).toBeDefined();
    }
  });

  it('defers what the answers say must wait, and leaves out what they rule out', () => {
    for (const id of entry.expected.deferred ?? []) {
      expect(result.options.find((option) => option.id === id)?.deferred, id).toBe(true);
    }
    for (const id of entry.expected.leftOut ?? []) expect(ids).not.toContain(id);
  });

  it('opens the walker on the same case', () => {
    const { url, anchor, value, rejected } = decodeLink(walkerHref(entry.input));
    expect(url.pathname).toBe('/algorithm/');
    expect(url.search).toBe('');
    expect(anchor).toBe('walker');
    expect(rejected).toEqual([]);
    const pregnant = entry.input.pregnant === undefined ? '' : entry.input.pregnant ? 'yes' : 'no';
    expect(value).toEqual({
      ...emptyCase,
      age: String(entry.input.ageYears),
      count: String(entry.input.count),
      bleeding: entry.input.bleeding,
      months: String(entry.input.monthsSinceDiagnosis),
      prior: entry.input.prior,
      pregnant,
      gestation: entry.input.gestationWeeks === undefined ? '' : String(entry.input.gestationWeeks),
      deliveryPlanned: entry.input.deliveryPlanned === undefined ? '' : entry.input.deliveryPlanned ? 'yes' : 'no',
    });
    // Read back as the walker reads the store: the same numbers, so the same advice.
    const numbers = caseValues(value);
    expect(numbers.errors).toEqual({});
    expect([numbers.ageYears, numbers.count, numbers.monthsSinceDiagnosis, numbers.gestationWeeks])
      .toEqual([entry.input.ageYears, entry.input.count, entry.input.monthsSinceDiagnosis, entry.input.gestationWeeks]);
  });
});

describe('the set of cases', () => {
  it('covers the six scenarios of the brief, each once, with unique ids', () => {
    const ids = teachingCases.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(teachingCases.length).toBeGreaterThanOrEqual(6);
    const inputs = teachingCases.map((entry) => entry.input);
    expect(inputs.some((input) => input.bleeding === 'life-threatening')).toBe(true);
    expect(inputs.some((input) => input.ageYears < 18)).toBe(true);
    expect(inputs.some((input) => input.pregnant === true)).toBe(true);
    expect(inputs.some((input) => input.prior.some((p) => p.therapy === 'corticosteroids' && p.outcome === 'dependent') && input.monthsSinceDiagnosis > 12)).toBe(true);
    expect(inputs.some((input) => input.prior.some((p) => p.therapy === 'tpo-ra') && input.prior.some((p) => p.therapy === 'rituximab'))).toBe(true);
    expect(inputs.some((input) => input.monthsSinceDiagnosis < 3 && !input.prior.some((p) => p.therapy === 'corticosteroids')
      && input.prior.some((p) => p.therapy === 'ivig'))).toBe(true);
  });

  it.each(teachingCases.map((entry) => [entry.id, entry] as const))('%s: 2–4 questions, each with an answer, reasoning and a source', (_id, entry) => {
    expect(entry.questions.length).toBeGreaterThanOrEqual(2);
    expect(entry.questions.length).toBeLessThanOrEqual(4);
    expect(new Set(entry.questions.map((question) => question.id)).size).toBe(entry.questions.length);
    for (const question of entry.questions) {
      expect(question.answer.length, question.id).toBeGreaterThan(0);
      expect(question.reasoning.length, question.id).toBeGreaterThan(0);
      expect(question.citations.length, question.id).toBeGreaterThan(0);
      for (const citation of question.citations) expect(referenceKeys).toContain(citationKey(citation));
    }
  });

  it.each(teachingCases.map((entry) => [entry.id, entry] as const))('%s: tells the story of every earlier treatment the engine reads, and no other', (_id, entry) => {
    expect(Object.keys(entry.history).sort()).toEqual(entry.input.prior.map((p) => p.therapy).sort());
  });
});

describe('typed text', () => {
  it.each(teachingCases.map((entry) => [entry.id, entry] as const))('%s passes the ISMP lint', (_id, entry) => {
    expect(typedText(entry).flatMap((text) => lintText(text))).toEqual([]);
  });
});

describe.each(['cases', 'answer-key'])('the %s page', (page) => {
  const mdx = readFileSync(new URL(`../../../src/content/docs/teach/${page}.mdx`, import.meta.url), 'utf8');

  it('gives every case, in order, its title as a ## heading followed by the case itself', () => {
    const found = [...mdx.matchAll(/^## (.+)\n\n<TeachingCase id="([^"]+)"/gm)].map((match) => [match[2], match[1]]);
    expect(found).toEqual(teachingCases.map((entry) => [entry.id, entry.title]));
  });
});
