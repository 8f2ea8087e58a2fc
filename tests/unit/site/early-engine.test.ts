// The explore pages' head script and its hand-over to the engine client.
import { describe, expect, it } from 'vitest';
import { EARLY_ENGINE_SCRIPT } from '../../../src/lib/data/early-engine-script.js';
import {
  EARLY_REQUEST,
  adoptEarlyEngine,
  assetPath,
  earlyEngineScript,
  type EarlyEngine,
} from '../../../src/lib/data/early-engine.ts';

describe('early engine', () => {
  it('inlines a constant body, the URLs only as escaped attributes: nothing can close the script', () => {
    const html = earlyEngineScript({
      wasm: '../_app/immutable/assets/e.wasm',
      worker: '../_app/immutable/assets/w.js',
      dataset: '../data/"></script><img src=x onerror=alert(1)>.duckdb',
    });
    expect(html.startsWith('<script data-wasm="../_app/immutable/assets/e.wasm"')).toBe(true);
    expect(html.match(/<\/script>/g)).toHaveLength(1); // its own closing tag only
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('data-dataset="../data/&quot;&gt;&lt;/script&gt;&lt;img');
    // The body is the very string the Content-Security-Policy hashes, whatever the URLs.
    expect(html.slice(html.indexOf('>') + 1, -'</script>'.length)).toBe(EARLY_ENGINE_SCRIPT);
    expect(EARLY_ENGINE_SCRIPT).toContain(`messageId:${EARLY_REQUEST},type:'INSTANTIATE'`);
  });

  it('the body starts the worker from the URLs on its element, resolved against the page', () => {
    const created: string[] = [];
    const posted: unknown[] = [];
    const fetched: string[] = [];
    class FakeWorker {
      constructor(url: string) {
        created.push(url);
      }
      addEventListener() {}
      postMessage(m: unknown) {
        posted.push(m);
      }
    }
    const element = {
      getAttribute: (a: string) =>
        ({ 'data-wasm': '../a/e.wasm', 'data-worker': '../a/w.js', 'data-dataset': 'd.duckdb' })[
          a
        ] ?? null,
    };
    const win: Record<string, unknown> = {};
    new Function(
      'WebAssembly',
      'document',
      'location',
      'performance',
      'Worker',
      'fetch',
      'window',
      EARLY_ENGINE_SCRIPT,
    )(
      { validate: () => true },
      { currentScript: element },
      { href: 'http://h/x/explore/' },
      { mark: () => undefined },
      FakeWorker,
      (u: string) => (fetched.push(u), new Promise(() => undefined)),
      win,
    );
    expect(created).toEqual(['http://h/x/a/w.js']);
    expect(posted).toEqual([
      { messageId: EARLY_REQUEST, type: 'INSTANTIATE', data: ['http://h/x/a/e.wasm', null] },
    ]);
    expect(fetched).toEqual(['http://h/x/explore/d.duckdb']);
    expect((win.__duckdbEarly as EarlyEngine).dataset).toBe('http://h/x/explore/d.duckdb');
  });

  it('asset paths are made relative to the page through SvelteKit’s `assets`', () => {
    expect(assetPath('..', '/x/_app/immutable/assets/e.wasm')).toBe(
      '../_app/immutable/assets/e.wasm',
    );
    expect(assetPath('', 'http://h/_app/immutable/a.js')).toBe('/_app/immutable/a.js');
  });

  it('is adopted once, and only for the same engine and database', async () => {
    const g = globalThis as { __duckdbEarly?: EarlyEngine };
    const early: EarlyEngine = {
      wasm: 'http://h/e.wasm',
      worker: 'http://h/w.js',
      dataset: 'http://h/d.duckdb',
      instance: {} as Worker,
      state: 'pending',
      waiters: [],
      bytes: Promise.resolve(new ArrayBuffer(3)),
    };
    g.__duckdbEarly = early;
    expect(adoptEarlyEngine('http://h/other.wasm', 'http://h/d.duckdb')).toBeNull();
    expect(adoptEarlyEngine('http://h/e.wasm', 'http://h/other.duckdb')).toBeNull();
    const taken = adoptEarlyEngine('http://h/e.wasm', 'http://h/d.duckdb')!;
    expect(taken.worker).toBe(early.instance);
    expect(g.__duckdbEarly).toBeUndefined();
    expect(adoptEarlyEngine('http://h/e.wasm', 'http://h/d.duckdb')).toBeNull();
    // The compile's answer arrives after the hand-over: the waiter settles it.
    early.state = 'ok';
    early.waiters.forEach((f) => f());
    await expect(taken.compiled).resolves.toBeUndefined();
    expect((await taken.bytes).byteLength).toBe(3);
  });

  it('a failed early start is reported, not hung on', async () => {
    const g = globalThis as { __duckdbEarly?: EarlyEngine };
    g.__duckdbEarly = {
      wasm: 'a',
      worker: 'w',
      dataset: 'd',
      instance: {} as Worker,
      state: 'error',
      error: 'bad wasm',
      waiters: [],
      bytes: Promise.resolve(new ArrayBuffer(0)),
    };
    await expect(adoptEarlyEngine('a', 'd')!.compiled).rejects.toThrow(/bad wasm/);
  });
});
