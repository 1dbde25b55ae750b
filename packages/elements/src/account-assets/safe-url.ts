/**
 * Which asset URLs `<account-assets>` may turn into links: only absolute `http:` and `https:`
 * URLs. Anything else (`javascript:`, `data:`, relative paths, garbage) is shown as text, so a
 * bad value in a store can never run script or navigate somewhere unexpected.
 */

/** The URL, normalised, when it is an absolute http(s) URL; otherwise `null`. */
export function safeWebUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
