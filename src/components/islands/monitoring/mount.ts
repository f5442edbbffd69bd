/** The monitoring page's script (MonitoringTool.astro), built as one self-contained bundle. */
import { h } from 'preact';
import { pageBinding } from '../../../stores/page-state';
import { $titration } from '../../../stores/titration';
import { titrationCodec } from '../../../stores/titration-url';
import { mountTool } from '../ui/mount-tool';
import { MonitoringIsland } from './MonitoringIsland';

mountTool('monitoring', (props) => h(MonitoringIsland, { refs: props.refs ?? {} }), [pageBinding($titration, titrationCodec)]);
