/**
 * The titration simulators' embed script, one self-contained bundle for the four agents' pages
 * (src/pages/embed/titration-[agent].astro); the page names its agent in `data-agent` on the widget root.
 */
import { agents } from '../../engine/titration/types';
import { $case } from '../../stores/case';
import { caseCodec } from '../../stores/case-url';
import { $titration } from '../../stores/titration';
import { $titrationOutcome } from '../../stores/titration-outcome';
import { titrationCodec } from '../../stores/titration-url';
import { embedBinding } from '../embed-binding';
import { fixAgent } from '../fixed-agent';
import { mountWidget } from '../mount';
import { titrationResult } from '../results';
import { titrationView } from '../views/titration';

const named = document.querySelector<HTMLElement>('[data-embed-root]')?.dataset.agent;
const agent = agents.find((candidate) => candidate === named);

if (agent !== undefined) {
  mountWidget({
    bindings: [embedBinding($case, caseCodec), embedBinding($titration, titrationCodec)],
    view: titrationView(agent),
    outcome: $titrationOutcome,
    result: titrationResult,
    fix: () => void fixAgent(agent),
  });
}
