/** The titration page's script (TitrationTool.astro), built as one self-contained bundle. */
import { h } from 'preact';
import { allAgents } from '../../../engine/titration/all-agents';
import { pageBinding } from '../../../tools/shared/page-state';
import { $titration } from '../../../tools/titration/fields';
import { $titrationAgents } from '../../../tools/titration/agents';
import { titrationCodec } from '../../../tools/titration/codec';
import { mountTool } from '../../../tools/shared/mount';
import { TitrationIsland } from '../../../tools/titration/TitrationIsland';

$titrationAgents.set(allAgents);
mountTool('titration', (props) => h(TitrationIsland, { refs: props.refs ?? {} }), [pageBinding($titration, titrationCodec)]);
