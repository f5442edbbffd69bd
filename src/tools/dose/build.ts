/**
 * Build time only (Tool.astro reads it; the calculator's script never imports it): the numbers its choices
 * mention, from the engine's regimen rules (hints.ts), so the page's script needs no regimen's rules to say them.
 */
import { doseHints } from './hints';

export function buildData(): Record<string, unknown> {
  return { hints: doseHints() };
}
