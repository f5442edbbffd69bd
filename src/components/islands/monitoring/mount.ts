/** The monitoring page's script (MonitoringTool.astro), built as one self-contained bundle. */
import { h } from 'preact';
import { allAgents } from '../../../engine/titration/all-agents';
import { pageBinding } from '../../../stores/page-state';
import { $titration } from '../../../stores/titration';
import { $titrationAgents } from '../../../stores/titration-agents';
import { titrationCodec } from '../../../stores/titration-url';
import { mountTool } from '../ui/mount-tool';
import { MonitoringIsland } from './MonitoringIsland';

$titrationAgents.set(allAgents);
mountTool('monitoring', (props) => h(MonitoringIsland, { refs: props.refs ?? {} }), [pageBinding($titration, titrationCodec)]);
