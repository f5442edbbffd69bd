/** The dose calculator's embed script (src/pages/embed/dose.astro), built as one self-contained bundle. */
import { $case } from '../../tools/case/case';
import { caseCodec } from '../../tools/case/case-url';
import { $dose, $doseOutcome, doseCodec } from '../../tools/dose/state';
import { embedBinding } from '../../tools/shared/embed-binding';
import { mountWidget } from '../mount';
import { doseResult } from '../results';
import { doseView } from '../views/dose';

mountWidget({
  bindings: [embedBinding($case, caseCodec), embedBinding($dose, doseCodec)],
  view: doseView,
  outcome: $doseOutcome,
  result: doseResult,
});
