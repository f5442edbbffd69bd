/**
 * The whole algorithm in words: a numbered outline of the same graph the diagram draws, for screen
 * readers and for the site's search (build-time SVG text is not indexed).
 */
import { formatNumber as n } from '../format/number';
import { algorithmNodes, linksFrom } from './graph';
import type { NodeKind } from './types';

export interface OutlineNode {
  step: number;
  id: string;
  kind: NodeKind;
  label: string;
  detail?: string;
  citations: string[];
  next: { label?: string; to: string; step: number }[];
}

const kindWord: Record<NodeKind, string> = {
  start: 'Start', decision: 'Question', emergency: 'Emergency', option: 'Options', action: 'Action', check: 'Check', end: 'End',
};

const stepOf = (id: string): number => algorithmNodes.findIndex((node) => node.id === id) + 1;

/** The graph as plain data (no conditions), numbered in drawing order. */
export function algorithmOutline(): OutlineNode[] {
  return algorithmNodes.map((node) => ({
    step: stepOf(node.id),
    id: node.id,
    kind: node.kind,
    label: node.label,
    ...(node.detail ? { detail: node.detail } : {}),
    citations: [...node.citations],
    next: linksFrom(node).map((link) => ({ ...(link.label ? { label: link.label } : {}), to: link.to, step: stepOf(link.to) })),
  }));
}

/**
 * @example algorithmText()[0]
 * // '1. Start: ITP, low count after IVIG. Assess bleeding first. Next: step 2. Sources: icr-2019.'
 */
export function algorithmText(): string[] {
  return algorithmOutline().map((node) => {
    const sentence = node.label.endsWith('?') ? node.label : `${node.label}.`;
    const moves = node.next.map((link) => `${link.label ? `If ${link.label}` : 'Next'}: step ${n(link.step)}.`);
    return [`${n(node.step)}. ${kindWord[node.kind]}: ${sentence}`, node.detail ?? '', ...moves, `Sources: ${node.citations.join(', ')}.`]
      .filter((part) => part !== '')
      .join(' ');
  });
}
