import { langFromPath } from '$lib/i18n';
import { pageText } from '$lib/i18n/text.server';
import type { LayoutServerLoad } from './$types';

// The language comes from the address, here at the root, so the not-found page (which no route matches) has its
// words too; `common` is the text of the shell every page shows, prerendered into the page with its data.
export const load: LayoutServerLoad = ({ url }) => {
	const lang = langFromPath(url.pathname);
	return { lang, text: pageText(lang, ['common']) };
};
