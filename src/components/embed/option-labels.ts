/**
 * Build time: words for the builder's closed choices where the link's value alone is not what a reader
 * calls it — regimen names, unit symbols, bleeding grades. Other values are shown as written in the link.
 */
import { regimenIds, regimenName } from '../../engine/regimens';
import { unitLabels } from '../../engine/units';
import { bleedingLabels } from '../../tools/case/labels';

const byValue = (labels: Readonly<Record<string, string>>) => (value: string) => labels[value] ?? value;

const regimenNames: Record<string, string> = Object.fromEntries(regimenIds.map((id) => [id, regimenName(id)]));

const labellers: Readonly<Record<string, (value: string) => string>> = {
  regimen: byValue(regimenNames),
  bleed: byValue(bleedingLabels),
  wtu: byValue(unitLabels),
  htu: byValue(unitLabels),
  pltu: byValue(unitLabels),
  hbu: byValue(unitLabels),
  cu: byValue(unitLabels),
};

export function optionLabel(param: string, value: string): string {
  return labellers[param]?.(value) ?? value;
}
