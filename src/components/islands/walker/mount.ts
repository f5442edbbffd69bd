/**
 * The walker's script, added by its launcher (launch.ts) and built as one self-contained bundle: renders
 * the walker over the launcher and, when the reader clicked to start it, moves the focus to its first field.
 */
import { h } from 'preact';
import { pageBinding } from '../../../tools/shared/page-state';
import { $walker, walkerCodec } from '../../../tools/walker/state';
import { mountTool } from '../../../tools/shared/mount';
import { WalkerIsland } from '../../../tools/walker/WalkerIsland';

mountTool(
  'walker', (props) => h(WalkerIsland, { refs: props.refs ?? {}, labels: props.labels ?? {} }), [pageBinding($walker, walkerCodec)],
  (root) => {
    if (root.dataset.started === 'click') root.querySelector<HTMLElement>('input, select')?.focus();
  },
);
