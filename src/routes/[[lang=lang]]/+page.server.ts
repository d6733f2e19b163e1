import { pageText } from '$lib/i18n/text.server';
import type { PageServerLoad } from './$types';

// The small shared wizard area gives the task list its step titles; no step's own text is loaded.
export const load: PageServerLoad = async ({ parent }) => ({
	text: pageText((await parent()).lang, ['start', 'wizard'])
});
