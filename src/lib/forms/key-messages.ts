import { t } from '$lib/i18n';
import type { KeyError } from '$lib/otp/key';

// The one set of key messages (locale area 'key'), used by every key field: the code check, step 5 and the sheet.

/** A translation key with its parameters: the page passes it to t(); tests check it without i18next. */
export type Message = { key: string; params?: Record<string, string | number> };

/**
 * The sentence for a rejected key. List-valued details (characters, lookalikes) are formatted by the caller
 * with Intl.ListFormat, so this stays free of language rules.
 */
export function keyErrorMessage(error: KeyError): Message {
	switch (error.kind) {
		case 'empty':
			return { key: 'key.error.empty' };
		case 'invalid-chars':
			return { key: 'key.error.invalid-chars', params: { count: error.chars.length } };
		case 'too-short':
			return { key: 'key.error.too-short', params: { count: error.length, min: error.min } };
		case 'not-decodable':
			return { key: 'key.error.not-decodable' };
		case 'too-long':
			return { key: 'key.error.too-long', params: { count: error.length, max: error.max } };
		case 'bad-uri':
			return { key: 'key.error.bad-uri' };
		case 'url':
			return { key: 'key.error.url' };
		case 'text':
			return { key: 'key.error.text' };
	}
}

/** Quoted items joined in the page's language („a”, „b” és „c”); the area 'key' holds the quote marks. */
export function quotedList(items: string[], lang: string, type: 'conjunction' | 'disjunction'): string {
	const list = new Intl.ListFormat(lang, { style: 'long', type });
	return list.format(items.map((text) => t('key.quoted', { text })));
}

/** The main sentence for a rejected key, in the language of the page. */
export function keyErrorText(error: KeyError, lang: string): string {
	const message = keyErrorMessage(error);
	if (error.kind === 'invalid-chars') {
		return t(message.key, { ...message.params, chars: quotedList(error.chars, lang, 'conjunction') });
	}
	return t(message.key, message.params);
}

/** One line per misread character ("„0” helyett valószínűleg „O” betűt kell írni."). */
export function lookalikeTexts(error: KeyError, lang: string): string[] {
	if (error.kind !== 'invalid-chars') return [];
	return error.lookalikes.map((look) =>
		t('key.error.lookalike', {
			char: t('key.quoted', { text: look.char }),
			probably: quotedList(look.probably, lang, 'disjunction')
		})
	);
}
