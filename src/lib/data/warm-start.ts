// Warm start: a site page that links to explore starts the tab's DuckDB-WASM engine once the page
// is idle (after its load event, in an idle period), so explore reached from the site answers
// from a running engine. Never before idle, so a page's own paint and load are not slowed; never
// on a data-saving or 2G connection; never on /embed pages (they do not use the site layout).
import { startBrowserEngine } from './engine-status.svelte.ts';

/** The performance mark set when the warm start begins (the e2e tests compare .wasm requests). */
export const WARM_START_MARK = 'warm-start';

interface NetworkInformationLike {
  saveData?: boolean;
  effectiveType?: string;
}

/** Whether this connection should download an engine the reader has not asked for. */
export function warmStartAllowed(connection: NetworkInformationLike | undefined): boolean {
  if (!connection) return true;
  if (connection.saveData) return false;
  return !['slow-2g', '2g'].includes(connection.effectiveType ?? '');
}

/**
 * Start the engine after the load event, in the next idle period; returns a cancel function (a
 * page left before then starts nothing). Also fetches the code of the explore route when given.
 */
export function warmStartAtIdle(
  datasetUrl: () => string,
  options: { preload?: () => Promise<unknown> } = {},
): () => void {
  const nav = navigator as Navigator & { connection?: NetworkInformationLike };
  if (!warmStartAllowed(nav.connection)) return () => undefined;
  let cancelled = false;
  let idleHandle: number | null = null;
  const begin = () => {
    if (cancelled) return;
    performance.mark(WARM_START_MARK);
    // A failure here is not the page's: explore starts the engine again and shows its error.
    startBrowserEngine(datasetUrl()).catch(() => undefined);
    options.preload?.().catch(() => undefined);
  };
  const whenIdle = () => {
    if (cancelled) return;
    idleHandle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(begin, { timeout: 5000 })
        : window.setTimeout(begin, 200);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', whenIdle);
    if (idleHandle !== null) {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idleHandle);
      else clearTimeout(idleHandle);
    }
  };
}
