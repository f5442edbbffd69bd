/** The titration page's script (TitrationTool.astro), built as one self-contained bundle. */
import { h } from 'preact';
import { allAgents } from '../../../engine/titration/all-agents';
import { pageBinding } from '../../../stores/page-state';
import { $titration } from '../../../stores/titration';
import { $titrationAgents } from '../../../stores/titration-agents';
import { titrationCodec } from '../../../stores/titration-url';
import { mountTool } from '../ui/mount-tool';
import { TitrationIsland } from './TitrationIsland';

$titrationAgents.set(allAgents);
mountTool('titration', (props) => h(TitrationIsland, { refs: props.refs ?? {} }), [pageBinding($titration, titrationCodec)]);
