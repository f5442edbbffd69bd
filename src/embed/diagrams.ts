/**
 * The embeddable diagrams, which are not tools: each gets a small definition of its own, in the tools'
 * embed shape (widgets.ts lists them after the tools' embeds). They compute nothing, so they have no quiz
 * and no result; `hide=text` folds away the text version.
 */
import type { EmbedSpec } from '../tools/shared/tool';

/** An embed of a diagram alone, with the full page it belongs to. */
export interface DiagramEmbed extends EmbedSpec {
  figure: NonNullable<EmbedSpec['figure']>;
  page: string;
}

export const diagramEmbeds: readonly DiagramEmbed[] = [
  {
    id: 'algorithm', title: 'Treatment algorithm', name: 'treatment algorithm diagram',
    description: 'The ITP Pathway treatment algorithm after IVIG failure, drawn from the graph the tools walk, with its text version.',
    page: '/algorithm/', panels: ['text'], caseFields: [], height: 1100,
    figure: { diagram: 'algorithm', title: 'Treatment algorithm' },
  },
  {
    id: 'overview', title: 'ITP after IVIG failure at a glance', name: 'overview diagram',
    description: 'Overview diagram of the next steps in ITP after IVIG failure.',
    page: '/', panels: ['text'], caseFields: [], height: 700,
    figure: { diagram: 'overview' },
  },
];
