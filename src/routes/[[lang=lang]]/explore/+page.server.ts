import { exploreLists } from '$lib/explore/lists.server';
import type { PageServerLoad } from './$types';

// Controls are prerendered from build-time lists; chart data comes from DuckDB-WASM queries.
export const load: PageServerLoad = () => exploreLists();
