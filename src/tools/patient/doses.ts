/**
 * Which dose the summary shows for each option, in one table: the regimens the dose calculator plans for
 * it (loaded on choice: only the first options' regimens are fetched), the titration simulator for a
 * TPO-RA (its starting dose depends on the agent the reader picks there), or none, said in words.
 */
import type { OptionId, RegimenId } from '../../engine';

export type DoseSource =
  | { kind: 'regimens'; regimens: readonly RegimenId[] }
  | { kind: 'titration' }
  | { kind: 'none'; why: string };

const none = (why: string): DoseSource => ({ kind: 'none', why });

export const doseSources: Readonly<Record<OptionId, DoseSource>> = {
  // Our reading: emergency care combines agents at doses the emergency protocol sets with the bedside team;
  // the summary sends the reader to the emergency guidance rather than compose a dose from separate regimens.
  'emergency-care': none('Treat now by your emergency protocol: see the emergency guidance for each agent.'),
  'multiagent-rescue': { kind: 'regimens', regimens: ['multiagent-rescue'] },
  'dexamethasone-high-dose': { kind: 'regimens', regimens: ['dexamethasone-high-dose'] },
  prednisone: { kind: 'regimens', regimens: ['prednisone'] },
  'methylprednisolone-pulse': { kind: 'regimens', regimens: ['methylprednisolone-pulse'] },
  'tpo-ra': { kind: 'titration' },
  rituximab: { kind: 'regimens', regimens: ['rituximab-standard', 'rituximab-low-dose'] },
  splenectomy: none('A surgical option: no dose.'),
  fostamatinib: { kind: 'titration' },
  rilzabrutinib: none('No dose here: see the rilzabrutinib guidance and its label.'),
  'danazol-azathioprine': { kind: 'regimens', regimens: ['danazol-azathioprine'] },
  'other-immunosuppressant': none('Several drugs, each off-label: no dose on this site.'),
  observation: none('No treatment now.'),
};

/** How many options the summary shows with a dose: the walker's full list is a link away. */
export const optionsShown = 3;

/** The regimens the options shown need, in order, each once. */
export function regimensFor(options: readonly OptionId[]): RegimenId[] {
  const wanted = options.flatMap((id) => {
    const source = doseSources[id];
    return source.kind === 'regimens' ? source.regimens : [];
  });
  return [...new Set(wanted)];
}
