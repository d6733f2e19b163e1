import { loadAreas } from '$lib/i18n';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { lang } = await parent();
	// The step titles (the wizard area) are shown to returning users only: the start page fetches them then.
	return { textFiles: await loadAreas(lang, ['start']) };
};
