/**
 * A titration worked example in words for the Verification page: what the engine is given, and an answer
 * (the expected one or the engine's, which have the same shape) as lines a clinician reads. Both sides go
 * through the same words, so the same answer reads the same and a difference shows. Numbers go through the
 * engine's formatters.
 */
import {
  formatAmount, formatDose, formatNumber, formatVolume,
  type Agent, type BloodPressureExpectation, type ReductionExpectation, type StepExpectation, type TitrationVector,
  type VectorAnswer, type VectorCheck,
} from '../../engine';

const n = formatNumber;
const mg = (amount: number): string => formatAmount(amount, 'mg');

const actionWords: Record<StepExpectation['action'], string> = {
  start: 'Start', increase: 'Increase', decrease: 'Decrease', maintain: 'Keep the dose', hold: 'Hold (stop for now)',
  resume: 'Resume', discontinue: 'Discontinue',
};

const liverWords: Record<'repeat-within-3-to-5-days' | 'test-weekly' | 'stop' | 'routine', string> = {
  'repeat-within-3-to-5-days': `Repeat the liver tests within ${n(3)} to ${n(5)} days`,
  'test-weekly': 'Liver tests weekly until the result resolves, stabilises or returns to baseline',
  stop: 'Stop eltrombopag',
  routine: 'Keep the routine schedule',
};

const bloodPressureActions: Record<BloodPressureExpectation['action'], string> = {
  continue: 'Continue', treat: 'Treat the blood pressure', reduce: 'Reduce the daily dose',
  'interrupt-or-discontinue': 'Interrupt or discontinue', discontinue: 'Discontinue',
};

const bloodPressureCategories: Record<NonNullable<BloodPressureExpectation['category']>, string> = {
  'below-stage-1': 'below stage 1', 'stage-1': 'stage 1 hypertension', 'stage-2': 'stage 2 hypertension',
  'hypertensive-crisis': 'hypertensive crisis',
};

const optionWords = ({ input }: Extract<VectorCheck, { kind: 'titration' }>): string[] => {
  const o = input.options ?? {};
  return [
    input.weightKg === undefined ? undefined : `${n(input.weightKg)} kg at initiation`,
    o.ageYears === undefined ? undefined : `${n(o.ageYears)} years`,
    o.ruleset === 'eu-smpc' ? 'EU SmPC rules' : undefined,
    o.eastAsianAncestry === true ? 'East-Asian ancestry' : undefined,
    o.hepaticImpairment === true ? 'hepatic impairment' : undefined,
    o.cypInteraction === 'dual-inhibitor' ? 'taking a dual CYP2C9 and CYP3A4 inhibitor' : undefined,
    o.cypInteraction === 'dual-inducer' ? 'taking a dual CYP2C9 and CYP3A4 inducer' : undefined,
  ].filter((part) => part !== undefined);
};

/** What the engine is given, as lines: the patient, then the counts by day (Counts ×10⁹/L). */
export function inputWords(vector: TitrationVector): string[] {
  const { check } = vector;
  switch (check.kind) {
    case 'titration': {
      const counts = check.input.counts.map((entry) =>
        `day ${n(entry.day)}: ${n(entry.count)}${entry.weightKg === undefined ? '' : ` (weighed ${n(entry.weightKg)} kg)`}`);
      const who = optionWords(check);
      return [...(who.length === 0 ? [] : [who.join(', ')]), `Counts (×10⁹/L) on ${counts.join('; ')}`];
    }
    case 'refusal': {
      const input = check.input;
      const agent = typeof input === 'object' && input !== null && 'agent' in input ? String(input.agent) : 'no agent';
      return [`Titrate “${agent}”`];
    }
    case 'eltrombopag-liver': {
      const { altTimesReference, confirmed, directBilirubinRaised } = check.input;
      return [[
        `ALT ${n(altTimesReference)}× the upper limit of normal (normal baseline), no symptoms`,
        confirmed === true ? 'confirmed on a repeat test' : 'first finding',
        ...(directBilirubinRaised === true ? ['direct bilirubin raised'] : []),
      ].join('; ')];
    }
    case 'fostamatinib-reduction':
      return [`Toxicity that needs a dose reduction, on ${mg(check.input.currentDailyMg)} a day`];
    case 'fostamatinib-blood-pressure': {
      const { systolic, diastolic, weeks, currentDailyMg } = check.input;
      const time = weeks === undefined ? '' : ` for ${n(weeks)} weeks despite treatment`;
      return [`Blood pressure ${n(systolic)}/${n(diastolic)} mmHg${time}, on ${mg(currentDailyMg)} a day`];
    }
  }
}

function stepWords(step: StepExpectation, day: number | undefined, agent: Agent): string {
  const unit = agent === 'romiplostim' ? 'mcg' : 'mg';
  const { dose } = step;
  const parts = [
    dose === undefined ? undefined : dose === null ? 'no dose' : formatDose({ ...dose, unit: dose.unit ?? unit }),
    dose?.perKg === undefined ? undefined : `${n(dose.perKg)} mcg/kg`,
    dose?.capped === true ? 'the maximum' : undefined,
    step.level === undefined ? undefined : `level ${n(step.level)}`,
    step.mgPerWeek === undefined ? undefined : `${mg(step.mgPerWeek)} a week`,
    step.mgPerDay === undefined ? undefined : `${mg(step.mgPerDay)} a day`,
    step.weightKg === undefined ? undefined : `dosed on ${n(step.weightKg)} kg`,
    step.volumeMl === undefined ? undefined : formatVolume(step.volumeMl),
    step.concentrationMcgPerMl === undefined ? undefined : `of ${n(step.concentrationMcgPerMl)} mcg/mL`,
    step.diluted === undefined ? undefined : step.diluted ? 'diluted' : 'not diluted',
    step.vialMcg === undefined ? undefined : step.vialMcg === null ? 'no single vial holds it' : `${n(step.vialMcg)} mcg vial`,
    step.moreThanOneVial === true ? 'more than one vial' : undefined,
    step.nextCountDue === undefined ? undefined : `next count day ${n(step.nextCountDue)}`,
  ].filter((part) => part !== undefined);
  const when = day === undefined ? '' : `Day ${n(day)}: `;
  return `${when}${actionWords[step.action]}${parts.length === 0 ? '' : `: ${parts.join(', ')}`}`;
}

function reductionWords(answer: ReductionExpectation): string {
  if (answer.action === 'discontinue') return 'Discontinue';
  const { dailyMg, morningMg, eveningMg } = answer;
  const parts = [
    dailyMg === undefined ? undefined : `to ${mg(dailyMg)} a day`,
    morningMg === undefined ? undefined : `${mg(morningMg)} in the morning`,
    eveningMg === undefined ? undefined : eveningMg === null ? 'none in the evening' : `${mg(eveningMg)} in the evening`,
  ].filter((part) => part !== undefined);
  return `Reduce ${parts.join(', ')}`;
}

function bloodPressureAnswer(answer: BloodPressureExpectation): string {
  const main = [
    bloodPressureActions[answer.action],
    answer.category === undefined ? undefined : `(${bloodPressureCategories[answer.category]})`,
    answer.nextDailyMg === undefined ? undefined : `to ${mg(answer.nextDailyMg)} a day`,
  ].filter((part) => part !== undefined).join(' ');
  return answer.resumeDailyMg === undefined ? main : `${main}; resume at ${mg(answer.resumeDailyMg)} a day once below target`;
}

/** An answer (expected or the engine's) as lines, one a decision. */
export function answerWords(vector: TitrationVector, answer: VectorAnswer): string[] {
  if ('refused' in answer) return [answer.refused.length === 0 ? 'Accepted: nothing refused' : `Refused: ${answer.refused.join(', ')}`];
  const { check } = vector;
  if (Array.isArray(answer)) {
    const days = check.kind === 'titration' ? check.input.counts.slice(-answer.length).map((entry) => entry.day) : [];
    return answer.map((step: StepExpectation, index) => stepWords(step, days[index], vector.agent));
  }
  if (check.kind === 'fostamatinib-reduction') return [reductionWords(answer as ReductionExpectation)];
  if (check.kind === 'fostamatinib-blood-pressure') return [bloodPressureAnswer(answer as BloodPressureExpectation)];
  const { action } = answer as { action: keyof typeof liverWords };
  return [liverWords[action]];
}
