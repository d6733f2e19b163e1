import { useLanguage } from '$lib/i18n';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { lang } = await parent();
	// Only the start area: the task list has its own copy of the step titles, so the whole wizard text is not loaded.
	await useLanguage(lang, ['start']);
};
