/**
 * A case of the treatment algorithm in words, every field it carries, so a reviewer reads exactly what the
 * engine was given: "45 years; count 25 ×10⁹/L; bleeding: none; 1 month since diagnosis; earlier: IVIG (no
 * response)". Numbers go through the engine's formatters; the vocabulary's words are the teaching pages'.
 */
import { formatCount, formatNumber, type CaseInput } from '../../engine';
import { bleedingLabels, outcomeLabels, sinceDiagnosisText, therapyLabels } from '../../teach/labels';

/** Pregnancy in words: nothing when not asked. */
export function pregnancyWords(input: Pick<CaseInput, 'pregnant' | 'gestationWeeks' | 'deliveryPlanned'>): string[] {
  if (input.pregnant === undefined) return [];
  if (!input.pregnant) return ['not pregnant'];
  const gestation = input.gestationWeeks === undefined ? 'gestation not stated' : `${formatNumber(input.gestationWeeks)} weeks`;
  const delivery = input.deliveryPlanned === undefined ? [] : [input.deliveryPlanned ? 'delivery planned' : 'no delivery planned'];
  return [['pregnant', gestation, ...delivery].join(', ')];
}

/** A yes/no answer in words, or nothing when the question was not answered. */
const answer = (value: boolean | undefined, yes: string, no: string): string[] => (value === undefined ? [] : [value ? yes : no]);

export function caseWords(input: CaseInput): string {
  const earlier = input.prior.map((entry) => `${therapyLabels[entry.therapy]} (${outcomeLabels[entry.outcome]})`);
  return [
    `${formatNumber(input.ageYears)} years`,
    `count ${formatCount(input.count)}`,
    `bleeding: ${bleedingLabels[input.bleeding]}`,
    `${sinceDiagnosisText(input.monthsSinceDiagnosis)} since diagnosis`,
    ...pregnancyWords(input),
    ...answer(input.qualityOfLifeImpaired, 'quality of life reduced', 'quality of life not reduced'),
    ...answer(input.anticoagulants, 'taking an anticoagulant', 'no anticoagulant'),
    ...answer(input.procedurePlanned, 'a procedure planned', 'no procedure planned'),
    earlier.length === 0 ? 'no earlier treatment' : `earlier: ${earlier.join(', ')}`,
  ].join('; ');
}
