import { base32Decode, isBase32Char } from './base32';
import { parseOtpauthUri } from './otpauth-uri';

/** Minimum key length (characters) the app accepts; Ügyfélkapu+ keys are usually exactly this long. */
export const MIN_KEY_LENGTH = 16;
/** Longest key (characters, separators not counted) taken as a key; anything longer was pasted by mistake. */
export const MAX_KEY_LENGTH = 128;

/** A character the user typed that can never be in a key, with the key characters it was probably meant to be. */
export type Lookalike = { char: string; probably: string[] };

/** Why a typed key was rejected; the UI turns each kind into a sentence. */
export type KeyError =
	| { kind: 'empty' }
	| { kind: 'invalid-chars'; chars: string[]; lookalikes: Lookalike[] }
	| { kind: 'too-short'; length: number; min: 16 }
	| { kind: 'not-decodable' }
	| { kind: 'too-long'; length: number; max: 128 }
	| { kind: 'bad-uri' }
	| { kind: 'url' }
	| { kind: 'text' };

/** Outcome of normalizing a typed key; `from: 'uri'` when the key was read out of a pasted otpauth:// link. */
export type KeyResult =
	| { ok: true; key: string; notice?: 'longer-than-usual'; from?: 'uri'; username?: string }
	| { ok: false; error: KeyError };

// Separators people copy or type between key groups: every Unicode space (incl. NBSP, narrow NBSP),
// zero-width characters, line breaks, all dash variants, and '=' padding which iOS Google Authenticator rejects.
const SEPARATORS = /[\s\u200B-\u200D\u2060\uFEFF\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D=]/gu;

// Base32 deliberately omits 0, 1, 8, 9, so these digits are almost always misread letters;
// accented vowels come from a Hungarian keyboard layout.
const ACCENTED: Record<string, string> = {
	O: 'ÓÖŐÒÔÕ', // lint-allow: lookalike table, not text
	U: 'ÚÜŰÙÛ', // lint-allow: lookalike table, not text
	E: 'ÉÈÊË', // lint-allow: lookalike table, not text
	A: 'ÁÀÂÄÃ', // lint-allow: lookalike table, not text
	I: 'ÍÌÎÏ' // lint-allow: lookalike table, not text
};
const LOOKALIKES: Record<string, string[]> = {
	'0': ['O'],
	'1': ['I', 'L'],
	'8': ['B'],
	'9': ['G'],
	...Object.fromEntries(Object.entries(ACCENTED).flatMap(([base, chars]) => [...chars].map((c) => [c, [base]])))
};

// Only ASCII a–z are upper-cased into the key: toUpperCase() would turn 'ß' into 'SS' or 'ı' into 'I'
// and silently change what the user typed.
function upperAscii(c: string): string {
	return c >= 'a' && c <= 'z' ? c.toUpperCase() : c;
}

// Invalid characters are shown upper-cased (so 'ö' and 'Ö' are one entry) unless that would change them into
// something else entirely (multi-character or a valid key character).
function displayChar(c: string): string {
	const upper = c.toUpperCase();
	return [...upper].length === 1 && !isBase32Char(upper) ? upper : c;
}

// A pasted web address (not an otpauth:// link): the user copied the page's address instead of the key.
const WEB_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S/i;

// Text typed or pasted by mistake (a sentence, a label from the page): three or more words of uneven length.
// Keys copied in groups have groups of one length (only the last may be shorter), so they never look like this.
function looksLikeText(input: string): boolean {
	const words = input.trim().split(/[\s\-\u2010-\u2015\u2212]+/u);
	if (words.length < 3) return false;
	const lengths = new Set(words.slice(0, -1).map((w) => [...w].length));
	return lengths.size > 1 || /[.,;:!?„”"'()]/u.test(input);
}

/**
 * Cleans a typed or pasted key (separators, case, padding) and checks it; never throws. A pasted otpauth:// link
 * is read for its secret; a web address, a sentence or an overlong paste get their own error.
 */
export function normalizeKey(input: string): KeyResult {
	const text = String(input ?? '');
	if (/^\s*otpauth(?:-migration)?:/i.test(text)) return fromUri(text);
	const stripped = text.replace(SEPARATORS, '');
	if (stripped.length === 0) return { ok: false, error: { kind: 'empty' } };
	if (WEB_ADDRESS.test(text.trim())) return { ok: false, error: { kind: 'url' } };
	const length = [...stripped].length;
	if (length > MAX_KEY_LENGTH) return { ok: false, error: { kind: 'too-long', length, max: MAX_KEY_LENGTH } };
	const result = checkKey(stripped);
	// Misread digits (0, 1, 8, 9) keep their own, more useful message even in oddly grouped input.
	const misreadDigits =
		!result.ok && result.error.kind === 'invalid-chars' && result.error.chars.every((c) => /[0189]/.test(c));
	if (!result.ok && !misreadDigits && looksLikeText(text)) return { ok: false, error: { kind: 'text' } };
	return result;
}

// The secret of an otpauth:// link (as authenticator QR codes carry it), with the username of its label.
function fromUri(text: string): KeyResult {
	const parsed = parseOtpauthUri(text.trim());
	if (parsed === null) return { ok: false, error: { kind: 'bad-uri' } };
	const result: KeyResult = { ok: true, key: parsed.key, from: 'uri' };
	if (parsed.key.length > MIN_KEY_LENGTH) result.notice = 'longer-than-usual';
	if (parsed.username) result.username = parsed.username;
	return result;
}

function checkKey(stripped: string): KeyResult {
	let key = '';
	const invalid: string[] = [];
	// Iterating by code point keeps emoji and other astral characters whole in the report.
	for (const raw of stripped) {
		const c = upperAscii(raw);
		if (isBase32Char(c)) {
			key += c;
		} else {
			const shown = displayChar(raw);
			if (!invalid.includes(shown)) invalid.push(shown);
		}
	}
	if (invalid.length > 0) {
		const lookalikes: Lookalike[] = [];
		for (const char of invalid) {
			const probably = LOOKALIKES[char];
			if (probably) lookalikes.push({ char, probably: [...probably] });
		}
		return { ok: false, error: { kind: 'invalid-chars', chars: invalid, lookalikes } };
	}

	if (key.length < MIN_KEY_LENGTH) {
		return { ok: false, error: { kind: 'too-short', length: key.length, min: MIN_KEY_LENGTH } };
	}
	if (base32Decode(key) === null) return { ok: false, error: { kind: 'not-decodable' } };
	return key.length > MIN_KEY_LENGTH ? { ok: true, key, notice: 'longer-than-usual' } : { ok: true, key };
}

/** Splits a key into space-separated groups (default 4) so it can be read aloud or copied by eye. */
export function groupKey(key: string, size = 4): string {
	const step = Math.max(1, Math.floor(size) || 1);
	const groups: string[] = [];
	for (let i = 0; i < key.length; i += step) groups.push(key.slice(i, i + step));
	return groups.join(' ');
}
