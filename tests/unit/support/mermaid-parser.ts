/**
 * The official Mermaid parser, for checking that every diagram's source stays valid Mermaid that an
 * educator can paste into their own tools. Mermaid's module needs a DOM (DOMPurify hooks on import),
 * so a happy-dom window is installed first; rendering still happens at build time with
 * beautiful-mermaid, never in the reader's browser.
 */
import { Window } from 'happy-dom';

/** A test's time limit when it parses: importing Mermaid takes seconds on a busy 2-core machine, more than vitest's default 5 s. */
export const parseTimeout = 30_000;

let ready: Promise<(text: string) => Promise<unknown>> | undefined;

function load(): Promise<(text: string) => Promise<unknown>> {
  ready ??= (async () => {
    const window = new Window();
    Object.assign(globalThis, { window, document: window.document });
    const { default: mermaid } = await import('mermaid');
    return (text: string) => mermaid.parse(text);
  })();
  return ready;
}

/** Resolves when `text` parses as Mermaid; rejects with Mermaid's own error message when it does not. */
export async function parseMermaid(text: string): Promise<void> {
  const parse = await load();
  await parse(text);
}
