// The not-found page names what it could not find: the app's rule (not-found.ts) and the static
// 404 page's inline script (NOT_FOUND_SCRIPT) give the same answers for the same addresses.
import { describe, expect, it } from 'vitest';
import { NOT_FOUND_SCRIPT, PATH_FIX_SCRIPT } from '../../../src/lib/layout/inline-scripts.js';
import { notFoundDetail, type NotFoundDetail } from '../../../src/lib/layout/not-found.ts';
import { sitePath } from '../../../src/lib/layout/paths.ts';

/** Run the inline script on a fake page at `pathname`; what it shows and where the switch goes. */
function runScript(pathname: string, base: string) {
  const slot = (name: string) => ({ name, textContent: '' });
  const sentences: Record<string, { hidden: boolean; slots: ReturnType<typeof slot>[] }> = {
    page: { hidden: false, slots: [] },
    report: { hidden: true, slots: [slot('year'), slot('id')] },
    province: { hidden: true, slots: [slot('id')] },
    indicator: { hidden: true, slots: [slot('id')] },
    year: { hidden: true, slots: [slot('year')] },
  };
  const langSwitch = { href: '' };
  const element = (kind: string) => {
    const s = sentences[kind]!;
    return {
      set hidden(v: boolean) {
        s.hidden = v;
      },
      querySelectorAll: () =>
        s.slots.map((x) => ({
          getAttribute: () => x.name,
          set textContent(v: string) {
            x.textContent = v;
          },
        })),
    };
  };
  const document = {
    currentScript: { getAttribute: (a: string) => (a === 'data-base' ? base : null) },
    querySelector: (selector: string) => {
      if (selector === 'a.lang-switch') return langSwitch;
      const kind = /data-not-found="(\w+)"/.exec(selector)?.[1];
      return kind ? element(kind) : null;
    },
  };
  new Function('document', 'location', NOT_FOUND_SCRIPT)(document, { pathname, search: '?q=1' });
  const shown = Object.entries(sentences).filter(([, s]) => !s.hidden);
  expect(shown).toHaveLength(1);
  const [kind, sentence] = shown[0]!;
  const values = Object.fromEntries(sentence.slots.map((s) => [s.name, s.textContent]));
  return { detail: kind === 'page' ? null : { kind, ...values }, switchHref: langSwitch.href };
}

const CASES: [string, NotFoundDetail | null][] = [
  ['/x/provinces/99-99/', { kind: 'province', id: '99-99' }],
  ['/x/en/provinces/63-56/2040/', { kind: 'report', id: '63-56', year: '2040' }],
  ['/x/indicators/no_such/', { kind: 'indicator', id: 'no_such' }],
  ['/x/en/embed/indicators/no_such/', { kind: 'indicator', id: 'no_such' }],
  ['/x/years/1850/', { kind: 'year', year: '1850' }],
  ['/x/provinces/H%C3%A0%20N%E1%BB%99i/', { kind: 'province', id: 'Hà Nội' }],
  ['/x/provinces/%E0%A4%A/', { kind: 'province', id: '%E0%A4%A' }],
  [`/x/indicators/${'a'.repeat(100)}/`, { kind: 'indicator', id: `${'a'.repeat(60)}…` }],
  ['/x/nothing/here/', null],
  ['/x/en/', null],
  ['/x/provinces/a/b/c/', null],
];

describe('what was not found', () => {
  it.each(CASES)('%s', (path, expected) => {
    expect(notFoundDetail(path, '/x')).toEqual(expected);
    expect(runScript(path, '/x').detail).toEqual(expected);
  });

  it('the 404 page’s language switch leads to the same address in the other language', () => {
    expect(runScript('/x/provinces/99-99/', '/x').switchHref).toBe('/x/en/provinces/99-99/?q=1');
    expect(runScript('/x/en/provinces/99-99/', '/x').switchHref).toBe('/x/provinces/99-99/?q=1');
    expect(runScript('/en/', '').switchHref).toBe('/?q=1');
  });

  it('an index.html or doubled-slash address is read as its folder (the language switch’s path)', () => {
    expect(sitePath('/x/about/index.html', '/x')).toBe('/about/');
    expect(sitePath('/x/index.html', '/x')).toBe('/');
    expect(sitePath('/x/explore//', '/x')).toBe('/explore/');
    expect(sitePath('/x/en/years/', '/x')).toBe('/en/years/');
  });
});

describe('the address fix first in every page', () => {
  const run = (pathname: string, search = '', hash = '') => {
    const calls: string[] = [];
    const location = {
      pathname,
      search,
      hash,
      replace: (u: string) => calls.push(`replace ${u}`),
    };
    const history = {
      state: null,
      replaceState: (_s: unknown, _t: string, u: string) => calls.push(`replaceState ${u}`),
    };
    new Function('location', 'history', PATH_FIX_SCRIPT)(location, history);
    return calls;
  };

  it('loads the plain address for doubled slashes (relative assets would load one folder deep)', () => {
    expect(run('/x/explore//', '?v=3&i=a', '#chart')).toEqual([
      'replace /x/explore/?v=3&i=a#chart',
    ]);
    expect(run('//x///explore/')).toEqual(['replace /x/explore/']);
  });

  it('shows a folder address for index.html without reloading, and leaves other addresses alone', () => {
    expect(run('/x/about/index.html', '?q=1')).toEqual(['replaceState /x/about/?q=1']);
    expect(run('/x/index.html')).toEqual(['replaceState /x/']);
    expect(run('/x/about/')).toEqual([]);
    expect(run('/x/explore/', '?i=%E0%A4%A')).toEqual([]);
  });
});
