import { loadAreas } from '$lib/i18n';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { lang } = await parent();
	return { textFiles: await loadAreas(lang, ['check', 'key']) };
};
