/**
 * Top-level domains the domain detector accepts. A curated list rather than every TLD: with all
 * two-letter country codes, file names such as `setup.sh` or `notes.md` would be taken for
 * domains. Hosts with unusual TLDs can name their domains in the data (they are then matched
 * as known values whatever the TLD).
 */
export const commonTlds: readonly string[] = [
  // generic
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'ai', 'app', 'dev', 'tech', 'cloud',
  'xyz', 'online', 'site', 'store', 'shop', 'blog', 'news', 'agency', 'digital', 'solutions', 'group',
  'company', 'email', 'global', 'systems', 'software', 'services', 'consulting', 'media', 'studio', 'health',
  'bank', 'finance', 'insurance', 'energy', 'travel', 'tv', 'me', 'co', 'asia', 'eu', 'local', 'corp', 'internal',
  // country codes that rarely collide with file extensions
  'us', 'uk', 'de', 'fr', 'es', 'it', 'nl', 'be', 'ch', 'at', 'se', 'no', 'dk', 'fi', 'pl', 'pt', 'ie', 'cz',
  'sk', 'hu', 'ro', 'bg', 'gr', 'ru', 'ua', 'tr', 'il', 'ae', 'sa', 'in', 'cn', 'jp', 'kr', 'tw', 'hk', 'sg',
  'my', 'id', 'th', 'vn', 'ph', 'au', 'nz', 'ca', 'mx', 'br', 'ar', 'cl', 'pe', 'za', 'ng', 'ke', 'eg', 'ma',
  'lu', 'li', 'is', 'ee', 'lv', 'lt', 'si', 'hr', 'cat',
];
