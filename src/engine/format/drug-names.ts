/**
 * How the engine's lower-case generic drug names are shown. Brand names only where the digest names the
 * product a dose comes from (anti-D: the WinRho SDF label, drugs.md §8.2).
 *
 * Tall Man lettering (e.g. "vinCRIStine") is not used: the clinical digests confirm no Tall Man form for
 * these drugs, and we do not invent one.
 */
const displayNames: Record<string, string> = {
  rituximab: 'rituximab',
  dexamethasone: 'dexamethasone',
  prednisone: 'prednisone (or prednisolone)',
  'immune globulin': 'IVIG (immune globulin intravenous)',
  'rho(d) immune globulin': 'anti-D immunoglobulin (Rho(D) immune globulin IV, WinRho SDF)',
  methylprednisolone: 'methylprednisolone',
  vincristine: 'vincristine',
  danazol: 'danazol',
  azathioprine: 'azathioprine',
};

/** What is shown for a drug named by anything but text. */
export const unknownDrug = '(unknown drug)';

/** The name to show for a drug; an unknown name is shown as it is (never a name from Object's prototype). */
export function drugDisplayName(drug: string): string {
  if (typeof drug !== 'string') return unknownDrug;
  return Object.hasOwn(displayNames, drug) ? displayNames[drug] : drug;
}
