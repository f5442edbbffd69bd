/**
 * The embed's one list of link problems (unknown settings, unusable values), above the widget and outside
 * every panel, so that `hide=` can never hide it. The same words and look as the tools' own notices.
 */
export function showNotices(notices: readonly string[], box: HTMLElement | null): void {
  if (box === null || notices.length === 0) return;
  const lead = document.createElement('p');
  lead.textContent = 'Some values in this link could not be used:';
  const list = document.createElement('ul');
  for (const notice of notices) {
    const item = document.createElement('li');
    item.textContent = notice;
    list.append(item);
  }
  box.replaceChildren(lead, list);
  box.hidden = false;
}
