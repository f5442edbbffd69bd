/** The aria-describedby list for a control: only ids of elements that are actually rendered. */
export function describedBy(parts: readonly [id: string, shown: boolean][]): string | undefined {
  const ids = parts.filter(([, shown]) => shown).map(([id]) => id);
  return ids.length === 0 ? undefined : ids.join(' ');
}
