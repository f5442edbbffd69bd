/**
 * The closed lists the algorithm speaks in (shared DESIGN.md, "Engine contract"). Each list is data the
 * UI can build its controls from; the types are derived from the lists so the two cannot drift.
 */

export const bleedingLevels = ['none', 'minor', 'mucosal', 'life-threatening'] as const;
export type Bleeding = (typeof bleedingLevels)[number];

export const priorTherapies = [
  'corticosteroids', 'ivig', 'anti-d', 'rituximab', 'tpo-ra', 'splenectomy', 'fostamatinib', 'rilzabrutinib',
] as const;
export type PriorTherapy = (typeof priorTherapies)[number];

/** IWG 2009 reads corticosteroid dependence as non-response for grading, but it is kept apart here
 * because ASH 2019 recs 6–9 name "dependent or unresponsive" as two routes into second-line therapy. */
export const priorOutcomes = ['response', 'dependent', 'no-response', 'intolerant'] as const;
export type PriorOutcome = (typeof priorOutcomes)[number];

export const optionIds = [
  'emergency-care', 'multiagent-rescue', 'dexamethasone-high-dose', 'prednisone', 'methylprednisolone-pulse', 'tpo-ra',
  'rituximab', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant',
  'observation',
] as const;
export type OptionId = (typeof optionIds)[number];

/** Most urgent first. */
export const urgencyLevels = ['emergency', 'urgent', 'routine'] as const;
export type Urgency = (typeof urgencyLevels)[number];

/**
 * The graph's parts by population, each loaded only where a case needs it: an adult who is not pregnant walks
 * the adult nodes; a child the children's nodes and rules; a pregnancy the pregnancy nodes and rules (with the
 * children's rules too for a pregnant child).
 */
export const algorithmPartIds = ['adult', 'child', 'pregnancy'] as const;
export type AlgorithmPartId = (typeof algorithmPartIds)[number];
