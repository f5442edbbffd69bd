/**
 * The titration simulator's tree, on its page and in each titration embed: the case panel, showing only
 * what the chosen agent reads, and the simulator, both over the page's own state.
 */
import type { ToolProps } from '../shared/props';
import { countLinesOf } from './chart-lines';
import type { TitrationState } from './state';
import { TitrationCasePanel } from './TitrationCasePanel';
import { TitrationSimulator } from './TitrationSimulator';

export function TitrationView({ props, state }: { props: ToolProps; state: TitrationState }) {
  return (
    <>
      <TitrationCasePanel state={state} />
      <TitrationSimulator refs={props.refs} countLines={countLinesOf(props.data)} state={state} />
    </>
  );
}
