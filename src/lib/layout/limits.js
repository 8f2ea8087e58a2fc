// Limits shared by the server (scripts/serve.js) and the pages that explain them.

/**
 * The longest address the server accepts (path and query, in characters); a longer one is
 * answered 414 with a page that says so. Links the site makes are under 3,000 characters (40
 * indicators and 40 areas at most); a static host's own limit is usually 8–16 KB.
 */
export const MAX_URL_LENGTH = 16384;
