/**
 * What the worker answers for a script it cannot supply (offline and not saved, or gone from the host
 * after a release): a script that makes the tool it belongs to inert and says, beside it, what is missing
 * and what to do, instead of a network error that would leave the tool silently dead with its build-time
 * result on screen (issue #22). It runs in the page as the failed script would have. A tool's bundle
 * follows its root (ToolRoot.astro, WidgetRoot.astro); the walker's root names its bundle in `data-script`
 * and adds it on first use. Styled by src/styles/update-notice.css.
 */
function notice(path, offline) {
  const script = document.currentScript;
  const before = script?.previousElementSibling;
  const tool = before?.matches('[data-tool],[data-embed-root]') ? before : document.querySelector(`[data-script="${path}"]`);
  const name = tool?.getAttribute('data-tool');
  const what = name ? `The ${name} tool` : 'Part of this page';
  const box = document.createElement('div');
  box.className = 'update-notice';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = offline
    ? `${what} is not saved on this device, so it cannot work offline: connect to the internet, then reload.`
    : `${what} did not load: a new version is available.`;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => location.reload());
  box.append(text, reload);
  if (tool) {
    tool.setAttribute('inert', '');
    tool.before(box);
  } else {
    document.body.append(box);
  }
}

/** The stand-in for the script at `url`; `offline`: the network could not be reached. */
export function failedScript(url, offline) {
  const body = `(${notice.toString()})(${JSON.stringify(url.pathname)}, ${offline});`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
