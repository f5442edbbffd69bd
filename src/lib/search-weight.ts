/**
 * How much a page's own text counts in the site search (Pagefind's `data-pagefind-weight`: 0–10, 1 by
 * default), by the part of the site it is in. Clinicians search for a drug and its dose: the guidance
 * answers that and the tools compute it, while the teaching and embedding pages name every drug and
 * "dose" in their cases and parameter tables, and ranked first for "romiplostim dose" (issue 19 item 4).
 * The reference pages (about, bibliography) cite every drug too. The home page and the algorithm keep 1.
 */
const weights: Record<string, number> = { guidance: 3, tools: 2, teach: 0.5, reference: 0.5 };

/** The search weight of a page's content, from its content entry id ("guidance/rituximab"). */
export function pagefindWeight(entryId: string): number {
  return weights[entryId.split('/')[0] ?? ''] ?? 1;
}
