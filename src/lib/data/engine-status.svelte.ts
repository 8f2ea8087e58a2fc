// Reactive state of the browser query engine, shared by every view that queries in the browser.
import type { LocalSqlClient } from './client.ts';
import type { EngineProgress } from './wasm-client.ts';

export type EngineState =
  | { kind: 'idle' }
  | { kind: 'loading'; progress: EngineProgress | null }
  | { kind: 'ready'; client: LocalSqlClient }
  | { kind: 'error'; message: string };

export function createEngine(datasetUrl: () => string) {
  let state: EngineState = $state({ kind: 'idle' });
  return {
    get state() {
      return state;
    },
    /** Load DuckDB-WASM on demand (dynamic import: never part of the prerendered pages' JS). */
    async start(): Promise<LocalSqlClient | null> {
      if (state.kind === 'ready') return state.client;
      state = { kind: 'loading', progress: null };
      try {
        const { getBrowserClient } = await import('./wasm-client.ts');
        const client = await getBrowserClient({
          datasetUrl: datasetUrl(),
          onProgress: (progress) => {
            if (state.kind === 'loading') state = { kind: 'loading', progress };
          },
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
