// The explore pages' head script and its hand-over to the engine client.
import { describe, expect, it } from 'vitest';
import {
  EARLY_REQUEST,
  adoptEarlyEngine,
  assetPath,
  earlyEngineScript,
  type EarlyEngine,
} from '../../../src/lib/data/early-engine.ts';

describe('early engine', () => {
  it('inlines only JSON-escaped URLs: nothing can close the script', () => {
    const html = earlyEngineScript({
      wasm: '../_app/immutable/assets/e.wasm',
      worker: '../_app/immutable/assets/w.js',
      dataset: '../data/</script><img src=x onerror=alert(1)>.duckdb',
    });
    expect(html.startsWith('<script>')).toBe(true);
    expect(html.match(/<\/script>/g)).toHaveLength(1); // its own closing tag only
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('"../_app/immutable/assets/e.wasm"');
    expect(html).toContain(`messageId:${EARLY_REQUEST},type:'INSTANTIATE'`);
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
