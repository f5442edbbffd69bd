// The package's graded answers held to the engine, like the Teach pages' answer keys
// (tests/unit/teach/cases.test.ts): for every case the urgency and the first option a learner is scored
// against are what recommend() gives, and both are among the choices offered.
import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/engine';
import { scoCase } from '../../../src/scorm/content';
import { teachingCases } from '../../../src/teach/cases';

describe.each(teachingCases.map((entry) => [entry.id, entry] as const))('the packaged case %s', (_id, entry) => {
  const packaged = scoCase(entry, (citation) => citation);
  const graded = Object.fromEntries(packaged.graded.map((question) => [question.id, question]));
  const advice = recommend(entry.input);

  it('scores the urgency and the first option recommend() gives for the case', () => {
    if (!advice.ok) throw new Error(advice.errors.map((error) => error.message).join('; '));
    expect(graded['urgency']?.correct).toBe(advice.value.urgency);
    expect(graded['first-option']?.correct).toBe(advice.value.options[0]?.id);
  });

  it('offers the right answer among the choices, each choice once', () => {
    for (const question of packaged.graded) {
      const values = question.choices.map((choice) => choice.value);
      expect(values).toContain(question.correct);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('shows every question of the case, with its answer, reasoning and sources in words', () => {
    expect(packaged.questions.map((question) => question.id)).toEqual(entry.questions.map((question) => question.id));
    for (const question of packaged.questions) {
      expect(question.answer).not.toBe('');
      expect(question.reasoning).not.toMatch(/\[object Object\]|undefined/);
      expect(question.sources).not.toBe('');
    }
  });
});

describe('plain text of a case', () => {
  it('prints engine doses with their sources and thresholds with their units, as the pages do', () => {
    const cite = (citation: string) => citation.toUpperCase();
    const entry = teachingCases.find((candidate) => candidate.id === 'life-threatening-bleed');
    if (entry === undefined) throw new Error('no life-threatening-bleed case');
    const text = scoCase(entry, cite).questions.map((question) => question.reasoning).join('\n');
    expect(text).toMatch(/IVIG: 1 g\/kg[^[]*\[[A-Z0-9-]+/);
    expect(text).toContain('Below 3 months from diagnosis');
    expect(text).toContain('deferred until 12 months.');
  });
});
