// Reactive state of the browser query engine, shared by every view that queries in the browser.
// There is one engine per tab (wasm-client.ts): whoever starts it first (a page's warm start at
// idle, explore, the import page), the others get the same client.
import type { LocalSqlClient } from './client.ts';
// Safe to import statically (prerender included): wasm-client evaluates nothing of DuckDB until an
// engine is started, and loads the DuckDB-WASM code itself with a dynamic import. Being a static
// import, its small chunk is preloaded with the page, so an engine start waits for no extra file.
import { getBrowserClient, type EngineProgress } from './wasm-client.ts';

export type EngineState =
  | { kind: 'idle' }
  | { kind: 'loading'; progress: EngineProgress | null }
  | { kind: 'ready'; client: LocalSqlClient }
  | { kind: 'error'; message: string };

/** The tab's engine once it has started, for callers that must not wait a microtask. */
let readyClient: LocalSqlClient | null = null;

/**
 * Start (or join) the tab's DuckDB-WASM engine. The engine's code (DuckDB-WASM, Arrow) is a
 * dynamic import inside: never part of a prerendered page's JS, never evaluated in prerender.
 */
export async function startBrowserEngine(
  datasetUrl: string,
  onProgress?: (progress: EngineProgress) => void,
): Promise<LocalSqlClient> {
  if (readyClient) return readyClient;
  const client = await getBrowserClient({ datasetUrl, onProgress });
  readyClient = client;
  return client;
}

export function createEngine(datasetUrl: () => string) {
  const running = readyClient;
  let state: EngineState = $state(running ? { kind: 'ready', client: running } : { kind: 'idle' });
  return {
    get state() {
      return state;
    },
    /** Load DuckDB-WASM on demand, or join the engine a warm start already runs. */
    async start(): Promise<LocalSqlClient | null> {
      if (state.kind === 'ready') return state.client;
      if (readyClient) {
        state = { kind: 'ready', client: readyClient };
        return readyClient;
      }
      state = { kind: 'loading', progress: null };
      try {
        const client = await startBrowserEngine(datasetUrl(), (progress) => {
          if (state.kind === 'loading') state = { kind: 'loading', progress };
        });
        state = { kind: 'ready', client };
        return client;
      } catch (error) {
        state = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
        return null;
      }
    },
  };
}
