/** The response assessor's embed script (src/pages/embed/response.astro), built as one self-contained bundle. */
import { $response, $responseOutcome, responseCodec } from '../../stores/response';
import { embedBinding } from '../embed-binding';
import { mountWidget } from '../mount';
import { responseResult } from '../results';
import { responseView } from '../views/response';

mountWidget({
  bindings: [embedBinding($response, responseCodec)],
  view: responseView,
  outcome: $responseOutcome,
  result: responseResult,
});
