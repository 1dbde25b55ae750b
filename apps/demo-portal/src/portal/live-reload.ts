/**
 * Live data in the demo portal: every few seconds while the page is visible, and when the
 * window regains focus, every successkit element on the page — including those inside other
 * elements' shadow roots (the profile's parts) — reads its data again with `reload()`, which
 * keeps what is shown until the new data is in. The simulator's changes so appear on their own.
 */

/** Seconds between reloads (`?live=0` in the URL turns them off, `?live=N` sets N). */
function intervalSeconds(): number {
  const live = new URLSearchParams(location.search).get('live');
  const seconds = live === null ? 5 : Number(live);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/** Every element under `root` with a `reload()` (successkit elements), through shadow roots. */
function reloadable(root: ParentNode, found: Array<{ reload(): Promise<void> }> = []): Array<{ reload(): Promise<void> }> {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.includes('-') && typeof (el as { reload?: unknown }).reload === 'function') found.push(el as unknown as { reload(): Promise<void> });
    if (el.shadowRoot) reloadable(el.shadowRoot, found);
  }
  return found;
}

/** Reloads every successkit element under `root` (errors stay with each element). */
export function reloadAll(root: ParentNode = document): Promise<void> {
  return Promise.allSettled(reloadable(root).map((el) => el.reload())).then(() => undefined);
}

/** Starts reloading on an interval and on focus; returns the function that stops it. */
export function startLiveReload(root: ParentNode = document): () => void {
  const seconds = intervalSeconds();
  if (seconds === 0) return () => {};
  let busy = false;
  const tick = () => {
    if (busy || document.visibilityState !== 'visible') return;
    busy = true;
    void reloadAll(root).finally(() => (busy = false));
  };
  const timer = setInterval(tick, seconds * 1000);
  window.addEventListener('focus', tick);
  return () => {
    clearInterval(timer);
    window.removeEventListener('focus', tick);
  };
}
