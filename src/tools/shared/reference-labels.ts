/**
 * Build time only (Astro components, never a tool's script): reference key → short label from the references
 * collection, passed to the tools as a prop so citations link with their names without bundling the YAML.
 */
import { getCollection } from 'astro:content';
import type { ReferenceLabels } from './ui/Citations';

export async function referenceLabels(): Promise<ReferenceLabels> {
  const entries = await getCollection('references');
  return Object.fromEntries(entries.map((entry) => [entry.id, entry.data.short]));
}
