/**
 * Each option in one line, for a summary that has room for a line per option (the "Your patient" page): what
 * the option is and the one fact that decides it, restated from the sources the catalogue (options.ts) and
 * the nodes cite, true wherever the option is offered. The full reasons for this case are the walker's
 * rationale; these lines never stand in for it in the walker. Apart from the graph, so a page that walks the
 * graph does not carry them, and numbers only through the formatting gate.
 */
import type { Citation } from '../citations';
import { formatNumber as n } from '../format/number';
import { thresholds as t } from './thresholds';
import type { OptionId } from './vocabulary';

export interface OptionBrief {
  /** One sentence. */
  text: string;
  citations: readonly Citation[];
}

export const optionBriefs: Readonly<Record<OptionId, OptionBrief>> = {
  'emergency-care': {
    text: 'Life-threatening or organ bleeding: an IV corticosteroid with IVIG and platelet transfusion now, in hospital.',
    citations: ['icr-2019 emergencies'],
  },
  'multiagent-rescue': {
    text: 'Several IV agents together (IVIG, methylprednisolone, vincristine, anti-D) for a rise needed now after corticosteroids or a second-line agent failed; one small uncontrolled series.',
    citations: ['boruchov-2007'],
  },
  'dexamethasone-high-dose': {
    text: 'A short high-dose corticosteroid course, one of the first-line courses: IVIG failure is not corticosteroid failure.',
    citations: ['ash-2019'],
  },
  prednisone: {
    text: 'An oral corticosteroid course, the other first-line course, kept short.',
    citations: ['ash-2019', 'icr-2019'],
  },
  'methylprednisolone-pulse': {
    text: 'An IV corticosteroid pulse, usually given with IVIG, for a fast rise or when single agents have failed.',
    citations: ['icr-2019'],
  },
  'tpo-ra': {
    text: 'A thrombopoietin receptor agonist: continuing treatment that raises platelet production; ASH 2019 suggests it before rituximab.',
    citations: ['ash-2019'],
  },
  rituximab: {
    text: `A finite course of ${n(4)} weekly infusions; test for hepatitis B before the first dose.`,
    citations: ['rituximab-uspi', 'fda-rituximab-hbv-2013'],
  },
  splenectomy: {
    text: `Surgery with the highest durable response rate (${n(50)}–${n(70)}%), from ${n(t.splenectomyFromMonths)} months after diagnosis; more thrombosis and sepsis afterwards.`,
    citations: ['chaturvedi-2018', 'boyle-2013'],
  },
  fostamatinib: {
    text: 'An oral SYK inhibitor for adults with chronic ITP after an insufficient response to a previous treatment.',
    citations: ['tavalisse-uspi'],
  },
  rilzabrutinib: {
    text: 'An oral BTK inhibitor for adults with persistent or chronic ITP after an insufficient response to a previous treatment.',
    citations: ['wayrilz-uspi'],
  },
  'danazol-azathioprine': {
    text: 'Oral maintenance from the multi-agent series, off-label; adult doses only.',
    citations: ['boruchov-2007'],
  },
  'other-immunosuppressant': {
    text: 'Azathioprine, mycophenolate or dapsone: off-label and slow to act; adult doses only.',
    citations: ['thanz-2022'],
  },
  observation: {
    text: 'No treatment now: treatment aims at a count that prevents serious bleeding, not a normal count.',
    citations: ['thanz-2022'],
  },
};
