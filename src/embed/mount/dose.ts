/** The dose calculator's embed script (src/pages/embed/dose.astro), built as one self-contained bundle. */
import { $case } from '../../stores/case';
import { caseCodec } from '../../stores/case-url';
import { $dose, $doseOutcome, doseCodec } from '../../stores/dose';
import { embedBinding } from '../embed-binding';
import { mountWidget } from '../mount';
import { doseResult } from '../results';
import { doseView } from '../views/dose';

mountWidget({
  bindings: [embedBinding($case, caseCodec), embedBinding($dose, doseCodec)],
  view: doseView,
  outcome: $doseOutcome,
  result: doseResult,
});
