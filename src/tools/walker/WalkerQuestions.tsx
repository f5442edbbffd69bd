/**
 * The walker's own questions beside the case: an anticoagulant, a planned procedure, and for a child a
 * reduced quality of life, each of which changes the urgency or the options. Asked on the algorithm page and
 * on "Your patient" (a child's advice there waited on a question that page could not answer: QA walk,
 * 2026-12-07), over the same store and link parameters.
 */
import { $caseValues } from '../case/case-values';
import { ChoiceField } from '../shared/ui/ChoiceField';
import { answerChoices } from '../shared/ui/choices';
import { useStore } from '../shared/ui/use-store';
import { walkerControlIds } from './control-ids';
import { $walker, asksQualityOfLife, setWalkerField, type WalkerAnswers } from './state';

const questions: readonly { key: keyof WalkerAnswers; legend: string; hint: string; children?: true }[] = [
  { key: 'anticoagulants', legend: 'Taking an anticoagulant', hint: 'Raises the urgency of a low count.' },
  { key: 'procedurePlanned', legend: 'Procedure planned (surgery or an invasive test)', hint: 'A rapid rise may be needed. A delivery has its own question in pregnancy.' },
  { key: 'qualityOfLifeImpaired', legend: 'Quality of life reduced by ITP', hint: 'Children only: like mucosal bleeding, a reason to treat.', children: true },
];

export function WalkerQuestions({ hidden = false }: { hidden?: boolean }) {
  const walker = useStore($walker);
  const child = asksQualityOfLife(useStore($caseValues));
  return (
    <div class="tool-controls" data-print="hide" hidden={hidden}>
      {questions.filter((question) => question.children !== true || child).map((question) => (
        <ChoiceField
          key={question.key} id={walkerControlIds[question.key]} legend={question.legend} hint={question.hint}
          value={walker[question.key]} options={answerChoices} onChange={(v) => setWalkerField(question.key, v)}
        />
      ))}
    </div>
  );
}
