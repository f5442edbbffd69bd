/** The algorithm walker's embed script (src/pages/embed/walker.astro), built as one self-contained bundle. */
import { $case } from '../../tools/case/case';
import { caseCodec } from '../../tools/case/case-url';
import { $walk, $walker, walkerCodec } from '../../tools/walker/state';
import { embedBinding } from '../../tools/shared/embed-binding';
import { mountWidget } from '../mount';
import { walkerResult } from '../results';
import { walkerView } from '../views/walker';

mountWidget({
  bindings: [embedBinding($case, caseCodec), embedBinding($walker, walkerCodec)],
  view: walkerView,
  outcome: $walk,
  result: walkerResult,
});
