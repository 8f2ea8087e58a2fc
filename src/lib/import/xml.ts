// A small streaming XML tokenizer for the parts of an XLSX file: text goes in piece by piece as it
// is inflated, elements and text come out, so a large sheet is never held whole. Enough XML for
// spreadsheets (elements, attributes, the five named entities and character references,
// comments, CDATA, processing instructions); a document type declaration is refused (no entity
// definitions, so nothing can expand). Element and attribute names lose their namespace prefix,
// unless the reader asks to keep it (OpenDocument names the same attribute in two namespaces:
// office:value-type and calcext:value-type).

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlError extends Error {}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Index just past the '>' that ends a tag, scanning from `from` and starting inside `quote` (a
 * quote character's code, 0 for none). When the tag does not end in `s`: `~quote` (negative), the
 * quote the scan stopped inside, to carry on with the next piece.
 */
function tagEnd(s: string, from: number, quote: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return ~quote;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const asWritten = (name: string) => name;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** name="value" pairs, read in one pass (no regular expression to backtrack on a long tag). */
function parseAttributes(
  body: string,
  from: number,
  nameOf: (name: string) => string,
): Record<string, string> {
  const attributes: Record<string, string> = {};
  let i = from;
  const n = body.length;
  while (i < n) {
    while (i < n && isSpace(body.charCodeAt(i))) i++;
    const start = i;
    while (i < n && body[i] !== '=' && !isSpace(body.charCodeAt(i))) i++;
    const name = body.slice(start, i);
    while (i < n && isSpace(body.charCodeAt(i))) i++;
    if (body[i] !== '=') {
      if (name === '') i++;
      continue; // a name without a value: not XML, skipped
    }
    i++;
    while (i < n && isSpace(body.charCodeAt(i))) i++;
    const quote = body[i];
    if (quote !== '"' && quote !== "'") throw new XmlError('attribute value without quotes');
    const close = body.indexOf(quote, i + 1);
    if (close < 0) throw new XmlError('attribute value not closed');
    if (name) attributes[nameOf(name)] = decodeEntities(body.slice(i + 1, close));
    i = close + 1;
  }
  return attributes;
}

/** An item cut off at the end of a piece: what ends it, and its pieces so far (never re-joined). */
type Pending =
  | { kind: 'text' }
  | { kind: 'tag'; quote: number }
  /** `tail`: the last characters seen (after the opening), where the marker may have begun. */
  | { kind: 'until'; marker: string; tail: string }
  /** "<", "<!", "<![CD"…: too short yet to know what it opens. */
  | { kind: 'open' };

export class XmlStream {
  private pending: Pending | null = null;
  private pieces: string[] = [];
  private readonly nameOf: (name: string) => string;

  constructor(
    private readonly handler: XmlHandler,
    options: { prefixes?: boolean } = {},
  ) {
    this.nameOf = options.prefixes ? asWritten : localName;
  }

  /**
   * Each piece is scanned once: an item that runs over many pieces (a long text, a long tag) is
   * continued from where the last piece stopped and joined once it is complete.
   */
  push(text: string): void {
    const pending = this.pending;
    if (!pending) return this.drain(text, false);
    if (pending.kind === 'open') {
      const joined = this.pieces.join('') + text;
      this.pending = null;
      this.pieces = [];
      return this.drain(joined, false);
    }
    const end = this.endIn(pending, text);
    if (end < 0) {
      this.pieces.push(text);
      return;
    }
    const item = this.pieces.join('') + text.slice(0, end);
    this.pending = null;
    this.pieces = [];
    this.emit(item);
    this.drain(text.slice(end), false);
  }

  end(): void {
    const pending = this.pending;
    if (pending?.kind === 'text') this.emit(this.pieces.join(''));
    else if (pending) throw new XmlError('unfinished markup at the end');
    this.pending = null;
    this.pieces = [];
  }

  /** Where the pending item ends in a new piece (index just past it), or -1. */
  private endIn(pending: Pending, text: string): number {
    if (pending.kind === 'text') return text.indexOf('<');
    if (pending.kind === 'tag') {
      const end = tagEnd(text, 0, pending.quote);
      if (end >= 0) return end;
      pending.quote = ~end;
      return -1;
    }
    if (pending.kind !== 'until') return -1;
    // The marker may straddle pieces: look at the characters seen just before too.
    const { marker, tail } = pending;
    const i = (tail + text).indexOf(marker);
    if (i >= 0) return i - tail.length + marker.length;
    pending.tail = (tail + text).slice(-(marker.length - 1));
    return -1;
  }

  private emit(item: string): void {
    if (item.charCodeAt(0) === 60) this.markup(item);
    else if (item !== '') this.handler.text(decodeEntities(item));
  }

  private drain(s: string, final: boolean): void {
    let at = 0;
    while (at < s.length) {
      if (s.charCodeAt(at) !== 60 /* < */) {
        const next = s.indexOf('<', at);
        if (next < 0 && !final) return this.hold({ kind: 'text' }, s.slice(at));
        const stop = next < 0 ? s.length : next;
        this.handler.text(decodeEntities(s.slice(at, stop)));
        at = stop;
        continue;
      }
      const marker = s.startsWith('<!--', at)
        ? '-->'
        : s.startsWith('<![CDATA[', at)
          ? ']]>'
          : s.startsWith('<?', at)
            ? '?>'
            : null;
      if (marker) {
        const open = marker === ']]>' ? 9 : marker === '-->' ? 4 : 2;
        const i = s.indexOf(marker, at + open);
        if (i < 0) {
          const tail = s.slice(at + open).slice(-(marker.length - 1));
          return this.hold({ kind: 'until', marker, tail }, s.slice(at));
        }
        this.markup(s.slice(at, i + marker.length));
        at = i + marker.length;
        continue;
      }
      // Cut inside the opening of a comment or CDATA section: wait for more.
      const rest = s.slice(at, at + 9);
      if ('<![CDATA['.startsWith(rest) || '<!--'.startsWith(rest))
        return this.hold({ kind: 'open' }, rest);
      const end = tagEnd(s, at + 1, 0);
      if (end < 0) return this.hold({ kind: 'tag', quote: ~end }, s.slice(at));
      this.markup(s.slice(at, end));
      at = end;
    }
  }

  private hold(pending: Pending, piece: string): void {
    this.pending = pending;
    this.pieces = [piece];
  }

  private markup(m: string): void {
    if (m.startsWith('<!--') || m.startsWith('<?')) return;
    if (m.startsWith('<![CDATA[')) {
      this.handler.text(m.slice(9, -3));
      return;
    }
    if (m.startsWith('<!')) throw new XmlError('document type declarations are not read');
    if (m[1] === '/') {
      this.handler.close(this.nameOf(m.slice(2, -1).trim()));
      return;
    }
    const selfClosing = m.endsWith('/>');
    const body = m.slice(1, selfClosing ? -2 : -1);
    const space = body.search(/\s/);
    const name = this.nameOf(space < 0 ? body : body.slice(0, space));
    if (name === '') throw new XmlError('element without a name');
    const attributes = space < 0 ? {} : parseAttributes(body, space, this.nameOf);
    this.handler.open(name, attributes, selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}
