import type { KeyError } from '$lib/otp/key';

// Kept apart from messages.ts, which needs the OTP code: the key form is on the first screen and must stay small.

/** A translation key with its parameters: the page passes it to t(); tests check it without i18next. */
export type Message = { key: string; params?: Record<string, string | number> };

/**
 * The sentence for a rejected key. List-valued details (characters, lookalikes) are formatted by the caller
 * with Intl.ListFormat, so this stays free of language rules.
 */
export function keyErrorMessage(error: KeyError): Message {
	switch (error.kind) {
		case 'empty':
			return { key: 'check.key.error-empty' };
		case 'invalid-chars':
			return { key: 'check.key.error-invalid-chars', params: { count: error.chars.length } };
		case 'too-short':
			return { key: 'check.key.error-too-short', params: { count: error.length, min: error.min } };
		case 'not-decodable':
			return { key: 'check.key.error-not-decodable' };
	}
}
