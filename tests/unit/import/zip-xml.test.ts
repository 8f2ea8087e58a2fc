// The zip reader's limit on what it inflates, and the streaming XML tokenizer, on their own.
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { XmlStream } from '../../../src/lib/import/xml.ts';
import {
  checkDeclaredSize,
  inflateEntry,
  InflateBudget,
  readCentralDirectory,
  ZipError,
} from '../../../src/lib/import/zip.ts';
import { declareSize, makeXlsx } from './make-xlsx.ts';

const LIMIT = 1024 * 1024;

describe('zip: inflating under a budget', () => {
  it('the declared sizes are added up from the central directory, nothing inflated', () => {
    const zip = declareSize(
      makeXlsx([{ name: 'S', rows: [['a']] }]),
      'xl/worksheets/sheet1.xml',
      400 * LIMIT,
    );
    const entries = readCentralDirectory(zip);
    expect(entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!.size).toBe(400 * LIMIT);
    expect(() => checkDeclaredSize(entries, 100 * LIMIT)).toThrow(ZipError);
  });

  it('inflating stops within one step past the budget, not at the end of the entry', () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const deflated = deflateSync(zeros);
    // A one-entry archive by hand: local header, data, central directory that declares 10 bytes.
    const name = new TextEncoder().encode('a.xml');
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, deflated.length, true);
    lv.setUint32(22, 10, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, deflated.length, true);
    cv.setUint32(24, 10, true);
    cv.setUint16(28, name.length, true);
    central.set(name, 46);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, 1, true);
    ev.setUint16(10, 1, true);
    ev.setUint32(12, central.length, true);
    ev.setUint32(16, local.length + deflated.length, true);
    const zip = new Uint8Array([...local, ...deflated, ...central, ...end]);
    const [entry] = readCentralDirectory(zip);
    const budget = new InflateBudget(LIMIT);
    let handed = 0;
    expect(() => inflateEntry(zip, entry!, budget, (c) => (handed += c.length))).toThrow(
      expect.objectContaining({ kind: 'too_large' }),
    );
    expect(handed).toBeLessThanOrEqual(LIMIT);
    expect(budget.used).toBeLessThan(24 * 1024 * 1024); // far from the 64 MiB it would make
  });
});

describe('XML read in pieces', () => {
  it('gives the same elements and text wherever the pieces are cut', () => {
    const xml =
      '<?xml version="1.0"?><!-- a > comment --><a x="1 &gt; 0" y=\'q\'><b:c>t &amp; &#x1EA1;</b:c><d/><![CDATA[<raw>]]></a>';
    const events = (pieces: string[]) => {
      const out: string[] = [];
      const s = new XmlStream({
        open: (n, a, self) => out.push(`<${n} ${JSON.stringify(a)}${self ? '/' : ''}>`),
        close: (n) => out.push(`</${n}>`),
        text: (t) => out.push(t),
      });
      for (const p of pieces) s.push(p);
      s.end();
      // Text may arrive in several runs: join neighbouring runs.
      return out.join('|').replace(/\|(?=[^<|])/g, '');
    };
    const whole = events([xml]);
    expect(whole).toContain('<a {"x":"1 > 0","y":"q"}>');
    expect(whole).toContain('t & ạ');
    expect(whole).toContain('<raw>');
    for (let i = 1; i < xml.length; i++)
      expect(events([xml.slice(0, i), xml.slice(i)])).toBe(whole);
    for (let size = 1; size <= 6; size++) {
      const pieces = [];
      for (let at = 0; at < xml.length; at += size) pieces.push(xml.slice(at, at + size));
      expect(events(pieces)).toBe(whole);
    }
  });
  it('a long item over many pieces is scanned once (no quadratic rescans, no backtracking)', () => {
    let texts = 0;
    let value = '';
    const s = new XmlStream({
      open: (_, a) => (value = a.v ?? value),
      close: () => {},
      text: (t) => (texts += t.length),
    });
    const started = performance.now();
    const long = 'x'.repeat(2 * 1024 * 1024);
    const piece = 1024;
    // A 2 MiB attribute value, then a 2 MiB text, then a tag with a 256 KiB name and no "=".
    const xml = `<a v="${long}">${long}<b ${'y'.repeat(256 * 1024)}/></a>`;
    for (let at = 0; at < xml.length; at += piece) s.push(xml.slice(at, at + piece));
    s.end();
    expect(value.length).toBe(long.length);
    expect(texts).toBe(long.length);
    expect(performance.now() - started).toBeLessThan(5000);
  });
  it('refuses a document type declaration', () => {
    const s = new XmlStream({ open: () => {}, close: () => {}, text: () => {} });
    expect(() => s.push('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')).toThrow();
  });
});
