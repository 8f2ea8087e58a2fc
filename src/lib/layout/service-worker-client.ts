// The page's side of the service worker (src/service-worker.ts): registered once the page is idle
// (after its load event, in an idle period: never before the page is interactive, and after the
// warm start has asked for the engine, whose download the worker's precache then shares), never
// on a data-saving or 2G connection (the precache is mostly the query engine, 5.8 MB on the wire),
// never from an embed (embeds do not use the site layout). Once the worker is active, the pages
// this tab showed before it took over are handed to it to keep.
import { warmStartAllowed } from '../data/warm-start.ts';

/** The message a page sends the active worker: keep these pages (and their data) for offline. */
export interface KeepPagesMessage {
  type: 'keep-pages';
  urls: string[];
}

interface NetworkInformationLike {
  saveData?: boolean;
  effectiveType?: string;
}

const visited = new Set<string>();

/** Note a page shown in this tab (the site layout calls it after each navigation). */
export function notePageShown(url: string): void {
  if (visited.size < 50) visited.add(url.split('#')[0]!);
}

/**
 * Register `${base}/service-worker.js` at idle, once `first` has settled (the warm start's engine:
 * its download then sits in the HTTP cache and the precache takes it from there instead of
 * downloading it a second time alongside); returns a cancel function.
 */
export function registerServiceWorkerAtIdle(
  base: string,
  options: { dev: boolean; first?: () => Promise<unknown> },
): () => void {
  const nav = navigator as Navigator & { connection?: NetworkInformationLike };
  if (options.dev || !('serviceWorker' in navigator) || !warmStartAllowed(nav.connection))
    return () => undefined;
  let cancelled = false;
  let idle: number | null = null;
  const register = () => {
    if (cancelled) return;
    (options.first?.() ?? Promise.resolve())
      .catch(() => undefined) // a failed engine is explore's to report; the worker still helps
      .then(() => {
        if (cancelled) return null;
        performance.mark('service-worker:register');
        return navigator.serviceWorker.register(`${base}/service-worker.js`, {
          scope: `${base}/`,
        });
      })
      .then((registered) => (registered ? navigator.serviceWorker.ready : null))
      .then((registration) => {
        if (!registration) return;
        const message: KeepPagesMessage = { type: 'keep-pages', urls: [...visited] };
        registration.active?.postMessage(message);
      })
      // Not fatal: the site works online without it, and says so offline (OfflineNotice).
      .catch(() => undefined);
  };
  const whenIdle = () => {
    if (cancelled) return;
    idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(register, { timeout: 5000 })
        : window.setTimeout(register, 200);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', whenIdle);
    if (idle !== null) {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else clearTimeout(idle);
    }
  };
}

/** Whether this page is served by an active worker (so the site's saved pages work offline). */
export function savedForOffline(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
}

/**
 * Whether an unhandled rejection is a part of the page that could not be loaded (a code chunk, a
 * data file): what a page not yet saved for offline use meets without the network.
 */
export function isLoadFailure(reason: unknown): boolean {
  const message =
    reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : '';
  return /dynamically imported module|Importing a module script failed|Failed to fetch|NetworkError|Load failed/i.test(
    message,
  );
}
