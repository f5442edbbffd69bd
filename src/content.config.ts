import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'use YYYY-MM or YYYY-MM-DD');

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        // Every page says when a clinician last checked it against the sources (issue #3).
        lastReviewed: z.coerce.date(),
      }),
    }),
  }),
  references: defineCollection({
    loader: file('src/content/references.yaml'),
    schema: z.object({
      kind: z.enum(['guideline', 'consensus', 'label', 'trial', 'review', 'study', 'web']),
      authors: z.string().optional(),
      title: z.string(),
      container: z.string().optional(),
      year: z.number().int().optional(),
      volume: z.string().optional(),
      doi: z.string().optional(),
      pmid: z.string().regex(/^\d+$/).optional(),
      pmcid: z.string().optional(),
      nct: z.string().optional(),
      url: z.url().optional(),
      revised: isoDate.optional(),
      accessed: isoDate,
      unverified: z.string().optional(),
      short: z.string(),
    }),
  }),
};
