/** The monitoring page's script (MonitoringTool.astro), built as one self-contained bundle. */
import { h } from 'preact';
import { allAgents } from '../../../engine/titration/all-agents';
import { pageBinding } from '../../../tools/shared/page-state';
import { $titration } from '../../../tools/titration/fields';
import { $titrationAgents } from '../../../tools/titration/agents';
import { titrationCodec } from '../../../tools/titration/codec';
import { mountTool } from '../../../tools/shared/mount';
import { MonitoringIsland } from '../../../tools/monitoring/MonitoringIsland';

$titrationAgents.set(allAgents);
mountTool('monitoring', (props) => h(MonitoringIsland, { refs: props.refs ?? {} }), [pageBinding($titration, titrationCodec)]);
