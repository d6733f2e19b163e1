import { langFromParam, loadAreas } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params }) => {
	const lang = langFromParam(params.lang);
	await loadAreas(lang, ['common']);
	return { lang };
};
