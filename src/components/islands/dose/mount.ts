/** The dose page's script (DoseTool.astro), built as one self-contained bundle. */
import { h } from 'preact';
import { $dose, doseCodec } from '../../../stores/dose';
import { pageBinding } from '../../../stores/page-state';
import { mountTool } from '../ui/mount-tool';
import { DoseIsland } from './DoseIsland';

mountTool('dose', (props) => h(DoseIsland, { refs: props.refs ?? {} }), [pageBinding($dose, doseCodec)]);
