/**
 * The monitoring page's tree: the case panel, showing only what the chosen agent reads, and the schedule,
 * both over the page's own state.
 */
import type { ToolProps } from '../shared/props';
import { TitrationCasePanel } from '../titration/TitrationCasePanel';
import { MonitoringSchedule } from './MonitoringSchedule';
import type { MonitoringState } from './state';

export function MonitoringView({ props, state }: { props: ToolProps; state: MonitoringState }) {
  return (
    <>
      <TitrationCasePanel state={state.titration} />
      <MonitoringSchedule refs={props.refs} state={state} />
    </>
  );
}
