import { pageText } from '$lib/i18n/text.server';
import type { PageServerLoad } from './$types';

// The wizard area gives the step titles, which the search also covers.
export const load: PageServerLoad = async ({ parent }) => ({
	text: pageText((await parent()).lang, ['faq', 'wizard'])
});
