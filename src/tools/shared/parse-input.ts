/**
 * Text typed into a number field, as the engine expects it: empty means "not given" (undefined), anything
 * else becomes a number — possibly NaN, which the engine then reports beside the field in words. No
 * clinical rule lives here; the engine checks ranges and units.
 */
export function parseInput(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  // A decimal comma ("72,5") is common in Europe; thousands separators are not accepted in these fields.
  return Number(trimmed.replace(',', '.'));
}
