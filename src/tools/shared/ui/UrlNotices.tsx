/**
 * Parameters from a shared link that could not be used, said plainly so that a reader never works on a
 * case that differs silently from the one that was sent. Every tool's view may render this; only the first on
 * the page shows the list, so it appears once however the page combines tools.
 */
import { useEffect, useState } from 'preact/hooks';
import { $urlNotices } from '../url-state';
import { useStore } from './use-store';

let owner: object | undefined;

export function UrlNotices() {
  const notices = useStore($urlNotices);
  const [self] = useState(() => ({}));
  owner ??= self;
  useEffect(() => () => {
    if (owner === self) owner = undefined;
  }, []);
  if (owner !== self || notices.length === 0) return null;
  return (
    <div class="url-notices" role="alert">
      <p>Some values in this link could not be used:</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
