/**
 * A titration embed is for one agent: the page sets it in the simulator's store before anything reads the
 * store — at build time around the render (then restores it, so other pages' build is unaffected), and in
 * the browser before the link is read (the link's own `agent` is not one of the page's parameters).
 */
import type { Agent } from '../engine';
import { $titration } from '../tools/titration/fields';

/** Sets the agent; the function returned puts the store back as it was. */
export function fixAgent(agent: Agent): () => void {
  const before = $titration.get();
  $titration.set({ ...before, agent });
  return () => $titration.set(before);
}
