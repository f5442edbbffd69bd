/**
 * The reference keys the engine may cite. Each is an entry in the site's `references` collection
 * (src/content/references), and a test fails when either side names a key the other lacks.
 * A citation string is a key, optionally followed by a space and a locator: "nplate-uspi §2.2".
 */
export const referenceKeys = [
  // Guidelines, consensus and definitions
  'ash-2019', 'ash-2011', 'icr-2019', 'icr-2010', 'iwg-2009', 'iwg-bleeding-2013', 'thanz-2022',
  'ash-review-2024',
  'italian-delphi-2021', 'cuker-neunert-2016', 'miltiadous-2020', 'george-2006',
  // Bleeding risk
  'piel-julian-2018', 'hato-2020', 'cohen-2000', 'neunert-2015', 'buchanan-2002', 'icsg-2008',
  // Labels (prescribing information)
  'nplate-uspi', 'nplate-smpc', 'promacta-uspi', 'alvaiz-uspi', 'revolade-smpc', 'doptelet-uspi',
  'tavalisse-uspi', 'wayrilz-uspi', 'rituximab-uspi', 'fda-rituximab-hbv-2013', 'winrho-uspi', 'ivig-labels',
  'vincristine-uspi',
  // Trials and series
  'boruchov-2007', 'zaja-2010', 'godeau-2008', 'patel-2012', 'arnold-2007', 'chugh-2015', 'nazi-2013',
  'gudbrandsdottir-2013', 'kuter-2008', 'bussel-2009', 'cheng-2011', 'saleh-2013', 'jurczak-2018',
  'khellaf-switching', 'bussel-2018', 'kuter-2025', 'shen-2024', 'kuter-2009-reticulin', 'ghanima-2014',
  'kojouri-2004', 'chaturvedi-2018', 'boyle-2013', 'stasi-provan-2004', 'spahr-rodgers-2007',
  // Pregnancy
  'poston-gernsheimer', 'ash-education-2025',
  // Formulas and conventions
  'mosteller-1987', 'dubois-1916', 'ismp-abbreviations',
] as const;

export type ReferenceKey = (typeof referenceKeys)[number];

/** A citation: a reference key with an optional locator, e.g. "nplate-uspi §2.2". */
export type Citation = ReferenceKey | `${ReferenceKey} ${string}`;

/** The reference key of a citation string (the part before the first space); '' for anything but text. */
export function citationKey(citation: string): string {
  if (typeof citation !== 'string') return '';
  const space = citation.indexOf(' ');
  return space === -1 ? citation : citation.slice(0, space);
}
