/**
 * Builds an option node whose diagram label is made from the options it offers, so the picture cannot
 * name an option the walker does not give (or miss one it does). An option offered twice with different
 * reasons (e.g. one for adults, one for children) is named once.
 */
import { optionLabels } from '../option-labels';
import type { Offer, StepNode } from '../types';

/** "Emergency care" → "emergency care", but "TPO-RA" stays as written. */
function inSentence(name: string): string {
  const second = name.charAt(1);
  return second === second.toLowerCase() ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function offerName(offer: Offer): string {
  const name = inSentence(optionLabels[offer.option]);
  return offer.whenLabel ? `${name} ${offer.whenLabel}` : name;
}

export function offering(node: Omit<StepNode, 'kind' | 'label' | 'offers'> & { title: string; offers: readonly Offer[] }): StepNode {
  const { title, ...rest } = node;
  const names = [...new Set(node.offers.map(offerName))];
  return { ...rest, kind: 'option', label: `${title}: ${names.join(', ')}` };
}
