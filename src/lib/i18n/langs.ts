export const LANGS = ['hu', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'hu';

/** The language of an app path: "/en" and "/en/…" are English, everything else Hungarian. */
export function langFromPath(pathname: string): Lang {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'hu';
}

/** The app path without its language prefix, e.g. "/en/gyik" → "/gyik". */
export function stripLang(pathname: string): string {
	if (pathname === '/en') return '/';
	if (pathname.startsWith('/en/')) return pathname.slice(3);
	return pathname || '/';
}

/** The same page in the given language. */
export function localizePath(pathname: string, lang: Lang): string {
	const bare = stripLang(pathname);
	if (lang === 'hu') return bare;
	return bare === '/' ? '/en' : `/en${bare}`;
}
