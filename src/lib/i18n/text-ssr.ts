import type { Area } from './i18n.svelte';
import type { Lang } from './langs';

// Prerendering only (imported behind import.meta.env.SSR, so no browser downloads it): every locale file, read
// at build time.
const FILES = import.meta.glob<Record<string, unknown>>('/locales/*/**/*.json', { eager: true, import: 'default' });

/** An area's messages as the locale file holds them. */
export function readArea(lang: Lang, area: Area): Record<string, unknown> {
	const messages = FILES[`/locales/${lang}/${area}.json`];
	if (!messages) throw new Error(`No locale file for ${lang}/${area}`);
	return messages;
}
