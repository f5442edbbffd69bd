/**
 * The chart and the table of steps, with the engine's notes. The chart's box keeps its size before there
 * is anything to draw, so the page does not jump when the first result appears (or when a shared link
 * fills the tool after the page has loaded).
 */
import type { Note, TitrationInput, TitrationValue } from '../../engine';
import type { EngineOutcome } from './outcome';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { NoteList } from '../shared/ui/NoteList';
import { countLines, type CountLines } from './chart-lines';
import { StepsTable } from './StepsTable';
import { TitrationChart } from './TitrationChart';
import { agentNames, rulesetNames } from './words';

export interface TitrationDetailProps {
  outcome: EngineOutcome<TitrationValue>['result'];
  refs: ReferenceLabels;
  countLines: CountLines;
}

interface Done {
  value: TitrationValue;
  warnings: Note[];
  input: TitrationInput;
}

function Detail({ value, warnings, refs, lines }: Done & { refs: ReferenceLabels; lines: CountLines }) {
  const caption = `Steps: ${agentNames[value.agent]}, ${rulesetNames[value.ruleset]}`;
  return (
    <>
      <figure class="chart-box">
        <TitrationChart steps={value.steps} agent={value.agent} ruleset={value.ruleset} lines={countLines(lines, value.agent, value.ruleset)} />
      </figure>
      <StepsTable steps={value.steps} agent={value.agent} caption={caption} refs={refs} />
      <h3>Notes</h3>
      <NoteList notes={warnings} refs={refs} />
    </>
  );
}

export function TitrationDetail({ outcome, refs, countLines: lines }: TitrationDetailProps) {
  if (outcome.state === 'done') return <div class="titration-detail"><Detail {...outcome} refs={refs} lines={lines} /></div>;
  return (
    <div class="titration-detail">
      <div class="chart-box chart-placeholder">
        <p>The chart of counts and doses, and the table of steps, appear here.</p>
      </div>
    </div>
  );
}
