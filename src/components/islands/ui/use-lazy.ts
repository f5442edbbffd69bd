/**
 * A module loaded on demand: undefined until `load` resolves, and never loaded while `wanted` is false.
 * Lets an island keep rarely shown parts out of the page's JavaScript budget.
 */
import { useEffect, useState } from 'preact/hooks';

export function useLazy<T>(load: () => Promise<T>, wanted: boolean): T | undefined {
  const [loaded, setLoaded] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (wanted && loaded === undefined) void load().then(setLoaded);
  }, [wanted]);
  return loaded;
}
