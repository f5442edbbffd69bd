// The worked examples in words on the Verification page: what the engine is given and the answers, the same
// words for the expected answer and the engine's, so a matching row reads the same on both sides.
import { describe, expect, it } from 'vitest';
import { runVector, titrationVectors, type TitrationVector } from '../../../src/engine';
import { answerWords, inputWords } from '../../../src/components/verification/vector-words';

const example = (id: string): TitrationVector => {
  const found = titrationVectors.find((vector) => vector.id === id);
  if (!found) throw new Error(id);
  return found;
};
const expectedWords = (id: string): string[] => answerWords(example(id), example(id).check.expected);

describe('worked examples in words', () => {
  it.each(titrationVectors.map((vector) => [vector.id, vector] as const))('%s reads the same expected and in this build, with no empty or NaN words', (_id, vector) => {
    const words = answerWords(vector, vector.check.expected);
    expect(answerWords(vector, runVector(vector).answer)).toEqual(words);
    for (const line of [...words, ...inputWords(vector)]) expect(line).not.toMatch(/NaN|undefined|: $|\(\)/);
  });

  it.each([
    ['W3', ['70 kg at initiation, 40 years', 'Counts (×10⁹/L) on day 0: 20; day 7: 20; day 14: 20; day 21: 230; day 28: 210'], ['Day 28: Decrease: 140 mcg, 2 mcg/kg, 0.28 mL, 250 mcg vial']],
    ['W8', undefined, ['Day 28: Hold (stop for now): no dose', 'Day 35: Resume: 140 mcg, 2 mcg/kg, 0.28 mL']],
    ['W14', ['70 kg at initiation, 40 years', 'Counts (×10⁹/L) on day 0: 20; day 7: 20; day 14: 20; day 21: 20; day 28: 100 (weighed 80 kg)'], undefined],
    ['W16', ['10 kg at initiation, 2 years, EU SmPC rules', 'Counts (×10⁹/L) on day 0: 20'], ['Day 0: Start: 10 mcg, 1 mcg/kg, 0.08 mL, of 125 mcg/mL, diluted, 125 mcg vial']],
    ['W11', undefined, ['Day 63: Increase: 700 mcg, 10 mcg/kg, the maximum, 1.4 mL, no single vial holds it, more than one vial']],
    ['W24', ['40 years, East-Asian ancestry, hepatic impairment', 'Counts (×10⁹/L) on day 0: 20'], ['Day 0: Start: 12.5 mg, 12.5 mg a day']],
    ['W39', undefined, ['Day 14: Increase: 20–40 mg, level 5, 200 mg a week']],
    ['W45b', ['taking a dual CYP2C9 and CYP3A4 inducer', 'Counts (×10⁹/L) on day 0: 20'], ['Day 0: Start: level 6, 280 mg a week']],
    ['W36b', ['ALT 4× the upper limit of normal (normal baseline), no symptoms; confirmed on a repeat test'], ['Liver tests weekly until the result resolves, stabilises or returns to baseline']],
    ['W36c', ['ALT 4× the upper limit of normal (normal baseline), no symptoms; first finding; direct bilirubin raised'], ['Stop eltrombopag']],
    ['W37', ['Titrate “alvaiz”'], ['Refused: agent']],
    ['W53a', ['Toxicity that needs a dose reduction, on 300 mg a day'], ['Reduce to 200 mg a day, 100 mg in the morning, 100 mg in the evening']],
    ['W53b', undefined, ['Reduce to 150 mg a day, 150 mg in the morning, none in the evening']],
    ['W53d', undefined, ['Discontinue']],
    ['W54', ['Blood pressure 148/94 mmHg for 9 weeks despite treatment, on 300 mg a day'], ['Reduce the daily dose (stage 2 hypertension) to 200 mg a day']],
    ['W56', ['Blood pressure 186/118 mmHg, on 150 mg a day'], ['Interrupt or discontinue (hypertensive crisis); resume at 150 mg a day once below target']],
  ] as const)('%s', (id, given, expected) => {
    if (given) expect(inputWords(example(id))).toEqual(given);
    if (expected) expect(expectedWords(id)).toEqual(expected);
  });

  it('an answer with nothing refused says so', () => {
    expect(answerWords(example('W37'), { refused: [] })).toEqual(['Accepted: nothing refused']);
  });

  it('an input with no agent is named as such', () => {
    const vector: TitrationVector = { ...example('W37'), check: { kind: 'refusal', input: null, expected: { refused: ['agent'] } } };
    expect(inputWords(vector)).toEqual(['Titrate “no agent”']);
  });
});
