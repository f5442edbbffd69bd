/**
 * One bibliography entry as HTML, Vancouver-like: authors. Title. Container. Year;volume. DOI · PMID.
 * Identifiers the sources could not confirm are left out and the entry says so (never invented).
 */
import { escapeHtml } from './escape';

export interface ReferenceData {
  kind: string;
  authors?: string | undefined;
  title: string;
  container?: string | undefined;
  year?: number | undefined;
  volume?: string | undefined;
  doi?: string | undefined;
  pmid?: string | undefined;
  pmcid?: string | undefined;
  nct?: string | undefined;
  url?: string | undefined;
  revised?: string | undefined;
  accessed: string;
  unverified?: string | undefined;
  short: string;
}

function link(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}" rel="noreferrer">${escapeHtml(text)}</a>`;
}

function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

export function formatReference(ref: ReferenceData): string {
  const parts: string[] = [];
  if (ref.authors) parts.push(escapeHtml(sentence(ref.authors)));
  parts.push(`<cite>${escapeHtml(sentence(ref.title))}</cite>`);
  const source = [ref.container, ref.year === undefined ? undefined : `${ref.year}${ref.volume ? `;${ref.volume}` : ''}`]
    .filter((part): part is string => Boolean(part))
    .join('. ');
  if (source) parts.push(escapeHtml(sentence(source)));
  if (ref.revised) parts.push(`Label revision ${escapeHtml(ref.revised)}.`);
  const ids: string[] = [];
  if (ref.doi) ids.push(link(`https://doi.org/${ref.doi}`, `doi:${ref.doi}`));
  if (ref.pmid) ids.push(link(`https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`, `PMID ${ref.pmid}`));
  if (ref.pmcid) ids.push(escapeHtml(ref.pmcid));
  if (ref.nct) ids.push(escapeHtml(ref.nct));
  if (ref.url && !ref.doi) ids.push(link(ref.url, 'source'));
  if (ids.length > 0) parts.push(ids.join(' · '));
  parts.push(`<span class="ref-accessed">Accessed ${escapeHtml(ref.accessed)}.</span>`);
  if (ref.unverified) parts.push(`<span class="ref-unverified">Not verified: ${escapeHtml(ref.unverified)}.</span>`);
  return parts.join(' ');
}
