import { datasetClient } from '$lib/data/prerender.server';
import { loadDataPage } from '$lib/pages/data-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => loadDataPage(await datasetClient());
