import type { ParamMatcher } from '@sveltejs/kit';

// Vietnamese is the default (no prefix); English lives under /en/.
export const match: ParamMatcher = (param) => param === 'en';
