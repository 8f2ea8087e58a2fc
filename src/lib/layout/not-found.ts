// What an unknown address was looking for, in plain words: the not-found page names the province,
// annual report, indicator or year it could not find. The same rules run inline on the static 404
// page (NOT_FOUND_SCRIPT in inline-scripts.js; a unit test holds the two to the same answers).

export type NotFoundDetail =
  | { kind: 'report'; id: string; year: string }
  | { kind: 'province'; id: string }
  | { kind: 'indicator'; id: string }
  | { kind: 'year'; year: string };

/** Codes are shown as text, decoded when they can be, and clipped. */
function code(raw: string): string {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // a malformed escape is shown as it came
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export function notFoundDetail(pathname: string, base: string): NotFoundDetail | null {
  let path = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  if (/^\/en(\/|$)/.test(path)) path = path.slice(3) || '/';
  let m = /^\/provinces\/([^/]+)\/([^/]+)\/?$/.exec(path);
  if (m) return { kind: 'report', id: code(m[1]!), year: code(m[2]!) };
  m = /^\/provinces\/([^/]+)\/?$/.exec(path);
  if (m) return { kind: 'province', id: code(m[1]!) };
  m = /^\/(?:embed\/)?indicators\/([^/]+)\/?$/.exec(path);
  if (m) return { kind: 'indicator', id: code(m[1]!) };
  m = /^\/years\/([^/]+)\/?$/.exec(path);
  if (m) return { kind: 'year', year: code(m[1]!) };
  return null;
}
