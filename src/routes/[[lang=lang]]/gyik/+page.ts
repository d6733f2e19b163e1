import { loadAreas } from '$lib/i18n';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { lang } = await parent();
	// The wizard area gives the step titles, which the search also covers.
	return { textFiles: await loadAreas(lang, ['faq', 'wizard']) };
};
