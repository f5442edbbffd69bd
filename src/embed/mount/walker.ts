/** The algorithm walker's embed script (src/pages/embed/walker.astro), built as one self-contained bundle. */
import { $case } from '../../stores/case';
import { caseCodec } from '../../stores/case-url';
import { $walk, $walker, walkerCodec } from '../../stores/walker';
import { embedBinding } from '../embed-binding';
import { mountWidget } from '../mount';
import { walkerResult } from '../results';
import { walkerView } from '../views/walker';

mountWidget({
  bindings: [embedBinding($case, caseCodec), embedBinding($walker, walkerCodec)],
  view: walkerView,
  outcome: $walk,
  result: walkerResult,
});
