// A small streaming XML tokenizer for the parts of an XLSX file: text goes in piece by piece as it
// is inflated, elements and text come out, so a large sheet is never held whole. Enough XML for
// spreadsheets (elements, attributes, the five named entities and character references,
// comments, CDATA, processing instructions); a document type declaration is refused (no entity
// definitions, so nothing can expand). Element and attribute names lose their namespace prefix.

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

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export class XmlStream {
  private buffer = '';

  constructor(private readonly handler: XmlHandler) {}

  push(text: string): void {
    this.buffer += text;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    if (this.buffer.trim() !== '') throw new XmlError('unfinished markup at the end');
  }

  private drain(final: boolean): void {
    const s = this.buffer;
    let at = 0;
    while (at < s.length) {
      if (s.charCodeAt(at) !== 60 /* < */) {
        const next = s.indexOf('<', at);
        if (next < 0 && !final) break;
        const stop = next < 0 ? s.length : next;
        this.handler.text(decodeEntities(s.slice(at, stop)));
        at = stop;
        continue;
      }
      const end = this.markupEnd(s, at);
      if (end < 0) {
        if (final) throw new XmlError('unfinished markup');
        break;
      }
      this.markup(s.slice(at, end));
      at = end;
    }
    this.buffer = s.slice(at);
  }

  /** Index just past the markup starting at `at`, or -1 if it is not complete yet. */
  private markupEnd(s: string, at: number): number {
    const after = (marker: string, from: number) => {
      const i = s.indexOf(marker, from);
      return i < 0 ? -1 : i + marker.length;
    };
    if (s.startsWith('<!--', at)) return after('-->', at + 4);
    if (s.startsWith('<![CDATA[', at)) return after(']]>', at + 9);
    if (s.startsWith('<?', at)) return after('?>', at + 2);
    // Cut inside the opening of a comment or CDATA section: wait for more.
    const rest = s.slice(at, at + 9);
    if ('<![CDATA['.startsWith(rest) || '<!--'.startsWith(rest)) return -1;
    // A tag: '>' inside a quoted attribute value does not end it.
    let quote = 0;
    for (let i = at + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) return i + 1;
    }
    return -1;
  }

  private markup(m: string): void {
    if (m.startsWith('<!--') || m.startsWith('<?')) return;
    if (m.startsWith('<![CDATA[')) {
      this.handler.text(m.slice(9, -3));
      return;
    }
    if (m.startsWith('<!')) throw new XmlError('document type declarations are not read');
    if (m[1] === '/') {
      this.handler.close(localName(m.slice(2, -1).trim()));
      return;
    }
    const selfClosing = m.endsWith('/>');
    const body = m.slice(1, selfClosing ? -2 : -1);
    const space = body.search(/\s/);
    const name = localName(space < 0 ? body : body.slice(0, space));
    if (name === '') throw new XmlError('element without a name');
    const attributes: Record<string, string> = {};
    if (space >= 0) {
      for (const a of body.slice(space).matchAll(ATTRIBUTE))
        attributes[localName(a[1]!)] = decodeEntities(a[2] ?? a[3] ?? '');
    }
    this.handler.open(name, attributes, selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}
