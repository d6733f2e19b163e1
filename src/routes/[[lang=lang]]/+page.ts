import { loadAreas } from '$lib/i18n';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { lang } = await parent();
	// The small shared wizard area gives the task list its step titles; no step's own text is loaded.
	return { textFiles: await loadAreas(lang, ['start', 'wizard']) };
};
