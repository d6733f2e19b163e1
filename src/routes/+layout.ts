import { addText } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// Every page is prerendered HTML: the app works from any static host and from the service worker's cache.
export const prerender = true;
export const trailingSlash = 'never';

export const load: LayoutLoad = ({ data }) => {
	addText(data.text);
	return { lang: data.lang };
};
