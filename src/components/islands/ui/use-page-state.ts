/** Binds the page's shared state (the case, plus the given tool stores) once the island is in the browser. */
import { useEffect } from 'preact/hooks';
import { startPageState, type PageBinding } from '../../../tools/shared/page-state';

export function usePageState(...tools: PageBinding[]): void {
  // After the first render: hydration must match the server's HTML, which knows nothing of the link.
  useEffect(() => startPageState(...tools), []);
}
