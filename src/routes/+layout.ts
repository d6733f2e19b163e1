import { langFromPath, loadAreas } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// Every page is prerendered HTML: the app works from any static host and from the service worker's cache.
export const prerender = true;
export const trailingSlash = 'never';

// The language comes from the address, here at the root, so the not-found page (which no route matches) has its
// words too; `common` is the text of the shell every page shows.
export const load: LayoutLoad = async ({ url }) => {
	const lang = langFromPath(url.pathname);
	// The files' addresses go into the page's <head> as preloads (a page's own load adds its areas).
	return { lang, textFiles: await loadAreas(lang, ['common']) };
};
