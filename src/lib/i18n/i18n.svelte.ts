import i18next, { type TOptions } from 'i18next';
import { DEFAULT_LANG, localizePath, type Lang } from './langs';

/**
 * Areas are the JSON files under locales/<lang>/; a page loads only the areas it shows. A file in a subfolder is a
 * nested area: locales/hu/wizard/step-3.json is the area 'wizard/step-3' and holds the keys `wizard.step-3.…`.
 */
export type Area =
	| 'common'
	| 'start'
	| 'wizard'
	| `wizard/step-${number}`
	| 'check'
	| 'key'
	| 'sheet'
	| 'faq'
	| 'accountant'
	| 'privacy'
	| 'contact'
	| 'keyread';

type Messages = Record<string, unknown>;

/** Text areas of one language as a page's data carries them (built by `pageText` in text.server.ts). */
export interface PageText {
	readonly lang: Lang;
	readonly areas: Readonly<Record<string, Messages>>;
}

// The text a page shows comes with the page (its prerendered data, see text.server.ts). Parts that appear only on
// request (the reader, the contact, another language's letter) load their area from its own small chunk.
// Only those areas become chunks: the others would be dead weight in the service worker's cache.
const loaders = import.meta.glob<Messages>('/locales/*/{common,contact,keyread,accountant}.json', { import: 'default' });

/** The areas a part of a page loads on its own when it appears (see `loaders`). */
export type LazyArea = 'common' | 'contact' | 'keyread' | 'accountant';

/** Nest an area's messages under its path segments: 'wizard/step-3' → { wizard: { 'step-3': messages } }. */
export function nestArea(area: string, messages: Messages): Messages {
	return area.split('/').reduceRight<Messages>((inner, segment) => ({ [segment]: inner }), messages);
}

const instance = i18next.createInstance();
void instance.init({
	lng: DEFAULT_LANG,
	fallbackLng: false,
	initAsync: false,
	resources: {},
	// Svelte escapes text itself; translations are never rendered as HTML.
	interpolation: { escapeValue: false },
	returnNull: false
});

// The language of the page on screen comes from the root layout's data, never from a load function:
// SvelteKit runs loads while preloading a link too, and a preload must not switch the language.
let currentLang: () => Lang = () => DEFAULT_LANG;

/** Called by the root layout: the language of the page being rendered (reactive: read inside templates). */
export function bindLanguage(source: () => Lang): void {
	currentLang = source;
}

class Locale {
	get lang(): Lang {
		return currentLang();
	}
	// Bumped when a bundle arrives so text that was read before re-renders.
	revision = $state(0);
}

export const locale = new Locale();

// Bookkeeping only: nothing renders from it, so it need not be reactive.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const loaded = new Set<string>();

/** Register the text areas a page's data brought (idempotent); never switches language. */
export function addText(text: PageText): void {
	let added = false;
	for (const [area, messages] of Object.entries(text.areas)) {
		if (loaded.has(`${text.lang}/${area}`)) continue;
		instance.addResourceBundle(text.lang, 'translation', nestArea(area, messages), true, true);
		loaded.add(`${text.lang}/${area}`);
		added = true;
	}
	if (added) locale.revision++;
}

/** Load text areas of a language (idempotent; `common` always comes along); never switches language. */
export async function loadAreas(lang: Lang, areas: LazyArea[]): Promise<void> {
	const missing = (['common', ...areas] as LazyArea[]).filter((a) => !loaded.has(`${lang}/${a}`));
	await Promise.all(
		missing.map(async (area) => {
			const load = loaders[`/locales/${lang}/${area}.json`];
			if (!load) throw new Error(`No locale file for ${lang}/${area}`);
			const messages = await load();
			instance.addResourceBundle(lang, 'translation', nestArea(area, messages), true, true);
			loaded.add(`${lang}/${area}`);
		})
	);
	if (missing.length) locale.revision++;
}

/** Translate a static key such as `common.app-name` in the current language (or `options.lng`). */
export function t(key: string, options?: TOptions): string {
	void locale.revision;
	return instance.t(key, { lng: locale.lang, ...options }) as string;
}

/** An app path such as "/gyik" in the current language ("/en/gyik" in English). */
export function href(path: string): string {
	return localizePath(path, locale.lang);
}
