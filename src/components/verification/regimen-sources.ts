/**
 * The sources of one row of the dose table (a regimen and a drug), from the engine's regimen data: the drug's
 * citations for children and for adults together, since the table's columns hold both. A row the engine has
 * no such drug for stops the build: the committed table and the engine would disagree.
 */
import { ageGroups, drugDisplayName, regimenIds, regimenName, regimenRules } from '../../engine';

export function regimenRowSources(regimen: string, drug: string): string[] {
  const id = regimenIds.find((candidate) => regimenName(candidate) === regimen);
  const citations = ageGroups.flatMap((ageGroup) => {
    const rules = id === undefined ? undefined : regimenRules(id, { ageGroup });
    if (rules === undefined || !rules.ok) return [];
    return rules.value.items.filter((item) => drugDisplayName(item.drug) === drug).flatMap((item) => item.citations);
  });
  if (citations.length === 0) throw new Error(`docs/dose-table.md: no engine regimen "${regimen}" with the drug "${drug}". Regenerate the table (tests/unit/engine/regimens/dose-table.test.ts).`);
  return [...new Set(citations)];
}
