import type { Lang } from '$lib/i18n';

/** A piece of a sentence, with the language it is in when that differs from the page's. */
export type LanguagePart = { text: string; lang?: Lang };

// An English page quotes the official Hungarian labels in „…”; a Hungarian page quotes English ones as
// "angolul „…”". Screen readers switch voice on a lang attribute (WCAG 3.1.2), so those pieces get one.
const QUOTED = /„([^„”]+)”/g;

/** Splits a translated sentence into pieces, marking quoted labels that are in the other language. */
export function languageParts(text: string, pageLang: Lang): LanguagePart[] {
	const parts: LanguagePart[] = [];
	let last = 0;
	for (const match of text.matchAll(QUOTED)) {
		const start = match.index + 1;
		const before = text.slice(0, match.index);
		const lang: Lang | undefined = pageLang === 'en' ? 'hu' : /\bangolul\s*$/.test(before) ? 'en' : undefined;
		if (!lang) continue;
		if (start > last) parts.push({ text: text.slice(last, start) });
		parts.push({ text: match[1], lang });
		last = start + match[1].length;
	}
	if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
	return parts;
}
