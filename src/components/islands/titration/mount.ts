/** The titration page's script (TitrationTool.astro), built as one self-contained bundle. */
import { h } from 'preact';
import { pageBinding } from '../../../stores/page-state';
import { $titration } from '../../../stores/titration';
import { titrationCodec } from '../../../stores/titration-url';
import { mountTool } from '../ui/mount-tool';
import { TitrationIsland } from './TitrationIsland';

mountTool('titration', (props) => h(TitrationIsland, { refs: props.refs ?? {} }), [pageBinding($titration, titrationCodec)]);
