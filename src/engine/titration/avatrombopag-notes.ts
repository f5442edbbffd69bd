/** What every avatrombopag result shows beside the steps (drugs.md §3.2–3.5). */
import { formatNumber } from '../format/number';
import type { Note } from '../result';

const n = formatNumber;

export const avatrombopagNotes: readonly Note[] = [
  {
    code: 'avatrombopag-band-reading',
    message: `The label says "between ${n(200)} and ${n(400)}" in words. Reading (ours, conservative against thrombosis and consistent with eltrombopag's "≥ ${n(200)} to ≤ ${n(400)}"): both ${n(200)} and ${n(400)} lower the dose by one level and ${n(401)} stops it. The exact symbols are UNVERIFIED.`,
    citation: 'doptelet-uspi §2',
  },
  {
    code: 'avatrombopag-decrease-wait',
    message: `Reading (ours): the label waits ${n(2)} weeks to judge a change, so within ${n(14)} days of a change the level is kept even at ${n(200)} to ${n(400)}; a count above ${n(400)} stops the drug at any time. Increases need ≥ ${n(14)} days at the current level.`,
    citation: 'doptelet-uspi §2',
  },
  {
    code: 'avatrombopag-administration',
    message: 'Take with food; there is no calcium or cation restriction.',
    citation: 'doptelet-uspi §2',
  },
  {
    code: 'avatrombopag-adults-only',
    message: 'Adults only: paediatric dosing (DOPTELET SPRINKLE and tablets in children) was not verified and is not titrated here; tablets and sprinkle are not interchangeable mg for mg.',
    citation: 'doptelet-uspi §2',
  },
  {
    code: 'avatrombopag-warnings',
    message: 'Watch for thrombotic and thromboembolic complications. The aim is a count that lowers the bleeding risk, not a normal count.',
    citation: 'doptelet-uspi',
  },
];

/** Shown when East-Asian ancestry or hepatic impairment is given: neither changes the start (✔1). */
export const avatrombopagNoStartChange: Note = {
  code: 'avatrombopag-no-start-change',
  message: "East-Asian ancestry and hepatic impairment do not change the avatrombopag start level (manufacturer's dosing page).",
};
