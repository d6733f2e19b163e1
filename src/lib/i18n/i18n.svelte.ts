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

// Each file (subfolders too) is a JSON file of its own, not JavaScript: a page fetches only its own words (its <head>
// asks for them early, see textFile), the browser parses them as data, and they are cached for good. They are served
// from one folder named by a hash of them all (scripts/locale-files.js), so no list of file names is needed here.
declare const __LOCALE_DIR__: string;

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
	// Keys are always `area.phrase` paths, never sentences or `namespace:key`: saying so spares i18next its per-call
	// guess whether a key "looks like natural language" (a regex per t(), measurable on a slow phone).
	keySeparator: '.',
	nsSeparator: false,
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

// Bookkeeping only: nothing renders from it, so it need not be reactive. One download per file, shared by
// everyone who asks while it is under way.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const loading = new Map<string, Promise<void>>();

/** The address of an area's text file (also for a preload link), e.g. `…/hu/wizard/step-3.json`. */
export function textFile(lang: Lang, area: Area): string {
	return `${__LOCALE_DIR__}/${lang}/${area}.json`;
}

async function readArea(lang: Lang, area: Area): Promise<Messages> {
	// Prerendering and the tests (component tests run as in a browser, without a server) read the files from disk;
	// browsers fetch them. Both conditions are constants in a build, so no browser downloads text-ssr.
	if (import.meta.env.SSR || import.meta.env.MODE === 'test') return (await import('./text-ssr')).readArea(lang, area);
	const file = textFile(lang, area);
	// One more try after a moment: on a weak link a request can drop, and the page cannot start without its words.
	for (let attempt = 1; ; attempt++) {
		try {
			const response = await fetch(file);
			if (!response.ok) throw new Error(`Locale file ${file}: HTTP ${response.status}`);
			return (await response.json()) as Messages;
		} catch (e) {
			if (attempt >= 2) throw e;
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	}
}

function ensureArea(lang: Lang, area: Area): Promise<void> {
	const id = `${lang}/${area}`;
	let done = loading.get(id);
	if (!done) {
		done = readArea(lang, area).then((messages) => {
			instance.addResourceBundle(lang, 'translation', nestArea(area, messages), true, true);
			// Text read before it arrived re-renders.
			locale.revision++;
		});
		// A failed download is tried again by the next page that needs it.
		done.catch(() => loading.delete(id));
		loading.set(id, done);
	}
	return done;
}

/**
 * Load text areas of a language (idempotent; `common` always comes along); never switches language. Returns the
 * addresses of the areas' files, which the layout lists as preloads in the page's <head>.
 */
export async function loadAreas(lang: Lang, areas: Area[]): Promise<string[]> {
	const wanted = (['common', ...areas] as Area[]).filter((a, i, all) => all.indexOf(a) === i);
	await Promise.all(wanted.map((area) => ensureArea(lang, area)));
	return wanted.map((a) => textFile(lang, a));
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
