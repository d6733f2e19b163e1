import { loadAreas } from '$lib/i18n';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { lang } = await parent();
	await loadAreas(lang, ['check', 'key']);
};
