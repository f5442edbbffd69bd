/**
 * The embed's one list of link problems (unknown settings, unusable values), above the widget and outside
 * every panel, so that `hide=` can never hide it. Its heading is in the page (EmbedLayout.astro); this
 * adds one item per problem and shows the box.
 */
export function showNotices(notices: readonly string[], box: HTMLElement | null): void {
  const list = box?.querySelector('ul');
  if (box === null || list === undefined || list === null || notices.length === 0) return;
  for (const notice of notices) {
    const item = document.createElement('li');
    item.textContent = notice;
    list.append(item);
  }
  box.hidden = false;
}
