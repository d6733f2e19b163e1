import type { Area, PageText } from './i18n.svelte';
import type { Lang } from './langs';

// Read at build time only (prerendering): the text goes into each page's HTML and its __data.json, not into the
// JavaScript a browser downloads.
const FILES = import.meta.glob<Record<string, unknown>>('/locales/*/**/*.json', { eager: true, import: 'default' });

/** The text areas a page shows, in its language, for the page's data (`common` is the root layout's). */
export function pageText(lang: Lang, areas: readonly Area[]): PageText {
	return {
		lang,
		areas: Object.fromEntries(
			areas.map((area) => {
				const messages = FILES[`/locales/${lang}/${area}.json`];
				if (!messages) throw new Error(`No locale file for ${lang}/${area}`);
				return [area, messages];
			})
		)
	};
}
