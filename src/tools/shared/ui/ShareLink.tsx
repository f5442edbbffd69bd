/**
 * "Copy link to this case": the page's address, whose fragment holds the case (fragment.ts), copied only when
 * the reader asks, with the one line they need before sending it — the link carries the patient's details.
 * Read at the click, so it is the address as it stands then; in an embed, the full page's link ("Open in ITP
 * Pathway", kept current by the frame), not the frame's own address. Falls back to a selected box where the
 * clipboard is refused, as CopyButton does.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

type ShareState = { state: 'idle' } | { state: 'copied' } | { state: 'manual'; href: string };

function currentLink(): string {
  return document.querySelector<HTMLAnchorElement>('[data-open-link]')?.href ?? window.location.href;
}

export function ShareLink() {
  const [share, setShare] = useState<ShareState>({ state: 'idle' });
  const box = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (share.state !== 'manual') return;
    box.current?.focus();
    box.current?.select();
  }, [share]);

  const copy = async () => {
    const href = currentLink();
    try {
      await navigator.clipboard.writeText(href);
      setShare({ state: 'copied' });
    } catch {
      setShare({ state: 'manual', href });
    }
  };

  return (
    <div class="copy share-link" data-print="hide">
      <button type="button" class="tool-button" onClick={() => void copy()}>Copy link to this case</button>
      <span class="copy-status" role="status">
        {share.state === 'copied' ? 'Link copied.' : share.state === 'manual' ? 'The link is selected below: press Ctrl+C (⌘C on a Mac) to copy it.' : ''}
      </span>
      <p class="share-note">The link contains this patient’s details: share it only as you would share the case.</p>
      {share.state === 'manual' && <input ref={box} class="copy-fallback" readOnly aria-label="Link to copy" value={share.href} />}
    </div>
  );
}
