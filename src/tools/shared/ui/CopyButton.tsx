/**
 * Copies a plain-text summary for a clinical note, closed by the site's version (note-text.ts). The clipboard
 * API is missing or refused in some frames (sandboxed iframes, plain http): then the text is shown selected in
 * a read-only box and the reader is told to copy it with the keyboard (the older execCommand('copy') is
 * deprecated).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { noteWithVersion } from '../note-text';

export interface CopyButtonProps {
  text: string;
  /** Button text, e.g. "Copy as text". */
  label?: string;
}

type CopyState = 'idle' | 'copied' | 'manual';

const messages: Record<CopyState, string> = {
  idle: '',
  copied: 'Copied to the clipboard.',
  manual: 'The text is selected below: press Ctrl+C (⌘C on a Mac) to copy it.',
};

export function CopyButton({ text: body, label = 'Copy as text' }: CopyButtonProps) {
  const text = noteWithVersion(body);
  const [state, setState] = useState<CopyState>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  // "Copied" must never stand beside a result that has changed since.
  useEffect(() => setState('idle'), [text]);

  // The box appears after the state change: focus it and select its text once it is there.
  useEffect(() => {
    if (state !== 'manual') return;
    box.current?.focus();
    box.current?.select();
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div class="copy" data-print="hide">
      <button type="button" class="tool-button" onClick={() => void copy()}>
        {label}
      </button>
      <span class="copy-status" role="status">
        {messages[state]}
      </span>
      {state === 'manual' && (
        <textarea ref={box} class="copy-fallback" readOnly aria-label="Summary to copy" rows={8} value={text} />
      )}
    </div>
  );
}
