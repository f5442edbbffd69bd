/** The response assessor's embed script (src/pages/embed/response.astro), built as one self-contained bundle. */
import { $response, $responseOutcome, responseCodec } from '../../tools/response/state';
import { embedBinding } from '../../tools/shared/embed-binding';
import { mountWidget } from '../mount';
import { responseResult } from '../results';
import { responseView } from '../views/response';

mountWidget({
  bindings: [embedBinding($response, responseCodec)],
  view: responseView,
  outcome: $responseOutcome,
  result: responseResult,
});
