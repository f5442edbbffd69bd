/**
 * Rules loaded on a reader's choice (DESIGN.md "Budgets"): a page that offers a catalogue (regimens, the
 * algorithm's parts for each population) carries none of the catalogue's rules in its own script. Each
 * item's rules are a classic script of their own (`src/tools/<tool>/on-choice/<choice>.ts`), listed on the
 * tool's root as `data-load-on-choice` = { "<choice>": "<script URL>" } (Tool.astro writes it) and added to
 * the page when the reader's input first needs them. The script hands its rules over on one global, by
 * choice, as it runs; the tool reads them there when the script's `load` event fires and checks what it
 * reads. Until then the tool says it is loading; if the script cannot be loaded (offline before it was ever
 * saved, a server error), the tool says so and how to recover, never a silent blank.
 *
 * The titration agents keep their own global (src/tools/titration/agent-queue.ts), older than this one.
 */
import type { ReadableAtom, WritableAtom } from 'nanostores';
import { parseJson, stringMap } from './props';

declare global {
  // `var`: the only declaration that makes a property of `globalThis`.
  var itpPathwayChoices: Readonly<Record<string, unknown>> | undefined;
}

/** Called by a choice's script as it runs. */
export function handOver(choice: string, rules: unknown): void {
  globalThis.itpPathwayChoices = { ...globalThis.itpPathwayChoices, [choice]: rules };
}

/** What a choice's script handed over, if it has run; the caller checks its shape. */
export function handedOver(choice: string): unknown {
  return globalThis.itpPathwayChoices?.[choice];
}

/** The rules a tool has, by choice, and the scripts still on their way or that failed. */
export interface Loaded<C extends string, V> {
  have: Readonly<Partial<Record<C, V>>>;
  loading: readonly C[];
  failed: readonly C[];
}

/** Nothing loaded yet (or, in tests and at build time, the rules a caller already has). */
export function loadedNothing<C extends string, V>(have: Partial<Record<C, V>> = {}): Loaded<C, V> {
  return { have, loading: [], failed: [] };
}

/** The scripts written on a tool's root, choice → URL, for the choices in `known`; anything else lists none. */
export function readChoiceScripts<C extends string>(text: string | undefined, known: readonly C[]): Partial<Record<C, string>> {
  const scripts = stringMap(parseJson(text)) ?? {};
  const listed: Partial<Record<C, string>> = {};
  for (const choice of known) {
    const url = scripts[choice];
    if (url !== undefined) listed[choice] = url;
  }
  return listed;
}

const without = <C>(list: readonly C[], choice: C) => list.filter((other) => other !== choice);

/**
 * Loads, once each, the scripts of the choices `$wanted` names, and adds each one's rules to `$loaded` when
 * its script has run; `read` checks what a script handed over (undefined: not that choice's rules). A choice
 * with no script on this page is left alone: the engine then says the page does not carry it.
 */
export function loadOnChoice<C extends string, V>(
  $loaded: WritableAtom<Loaded<C, V>>,
  $wanted: ReadableAtom<readonly C[]>,
  scripts: Partial<Record<C, string>>,
  read: (choice: C, rules: unknown) => V | undefined,
): void {
  const settle = (choice: C) => {
    const now = $loaded.get();
    const rules = read(choice, handedOver(choice));
    const loading = without(now.loading, choice);
    $loaded.set(rules === undefined
      ? { ...now, loading, failed: [...without(now.failed, choice), choice] }
      : { have: { ...now.have, [choice]: rules }, loading, failed: without(now.failed, choice) });
  };
  const load = (choice: C) => {
    const now = $loaded.get();
    const url = scripts[choice];
    if (url === undefined || now.have[choice] !== undefined || now.loading.includes(choice)) return;
    // Its script may have run already (loaded for another tool on the page): then nothing to fetch.
    if (read(choice, handedOver(choice)) !== undefined) return settle(choice);
    $loaded.set({ ...now, loading: [...now.loading, choice], failed: without(now.failed, choice) });
    const script = document.createElement('script');
    script.src = url;
    // Either way the script is done: its rules are on the global, or it failed and they are not.
    script.addEventListener('load', () => settle(choice));
    script.addEventListener('error', () => {
      script.remove();
      settle(choice);
    });
    document.head.append(script);
  };
  $wanted.subscribe((wanted) => wanted.forEach(load));
}
