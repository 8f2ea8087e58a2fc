import type { ClientInit } from '@sveltejs/kit';
import { startBrowserEngine } from '$lib/data/engine-status.svelte';
import { asset } from '$lib/layout/paths';

// On an explore page (the site's or an embed), the query engine starts as the app boots, before
// the page's own code has loaded and hydrated: starting it is most of explore's first result.
// Other pages start it only once idle (warm-start.ts, from the site layout).
export const init: ClientInit = () => {
  if (/\/explore\/$/.test(location.pathname))
    startBrowserEngine(asset('/data/gender.duckdb')).catch(() => undefined); // explore shows errors
};
