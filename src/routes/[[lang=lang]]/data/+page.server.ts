import { listDownloads } from '$lib/data/downloads.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ files: listDownloads() });
