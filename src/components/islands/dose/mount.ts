/** The dose page's script (DoseTool.astro), built as one self-contained bundle. */
import { h } from 'preact';
import { $dose, doseCodec } from '../../../tools/dose/state';
import { pageBinding } from '../../../tools/shared/page-state';
import { mountTool } from '../../../tools/shared/mount';
import { DoseIsland } from '../../../tools/dose/DoseIsland';

mountTool('dose', (props) => h(DoseIsland, { refs: props.refs ?? {} }), [pageBinding($dose, doseCodec)]);
