import type { ParamMatcher } from '@sveltejs/kit';

/** Only English lives under a prefix; Hungarian is the root. */
export const match: ParamMatcher = (param) => param === 'en';
