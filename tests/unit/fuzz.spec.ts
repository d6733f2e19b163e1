/**
 * Fuzzing of the parsers of outside input this repository owns: the typed key, otpauth:// URIs (build and parse)
 * the /gyik address fragment and the phone's code typed on the code check. Each property runs 100,000 generated inputs; a parser may return an error
 * value but must never throw.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { answerIdFromHash } from '$lib/faq/hash';
import { inspectCode } from '$lib/otp/compare';
import { normalizeKey } from '$lib/otp/key';
import { buildOtpauthUri, parseOtpauthUri } from '$lib/otp/otpauth-uri';

const RUNS = 100_000;
const KEY_KINDS = ['empty', 'invalid-chars', 'too-short', 'not-decodable', 'too-long', 'bad-uri', 'url', 'text'];

// Any UTF-16 text, lone surrogates included, plus text made mostly of the characters each parser cares about.
const anyText = fc.string({ unit: 'binary', maxLength: 60 });
const keyish = fc.string({
	unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz2345670189 -=\u00a0\u200b\u2013ÓŐÚÉ\ud800'.split('')),
	maxLength: 48
});
const uriPiece = fc.string({
	unit: fc.constantFrom(
		...'otpauth:/?&=#%+ totpTOTPsecretissueralgorithmdigitsperiodSHA1630ABCD27%C3%9Z\ud83d\ude00'.split('')
	),
	maxLength: 40
});

// Generous timeout: the runs take a few seconds, more on a busy machine.
describe('fuzz', { timeout: 60_000 }, () => {
	it('normalizeKey: a base32 key of at least 16 characters or a typed error, never a throw', () => {
		fc.assert(
			fc.property(fc.oneof(anyText, keyish), (input) => {
				const result = normalizeKey(input);
				return result.ok ? /^[A-Z2-7]{16,}$/.test(result.key) : KEY_KINDS.includes(result.error.kind);
			}),
			{ numRuns: RUNS }
		);
	});

	it('inspectCode: agrees with a plain reading of the text (spaces out, then digits only, then six)', () => {
		const codeish = fc.string({
			unit: fc.constantFrom(...'0123456789 \u00a0\u200ba-O\ud800１'.split('')),
			maxLength: 12
		});
		fc.assert(
			fc.property(fc.oneof(anyText, codeish), (input) => {
				const result = inspectCode(input);
				const rest = input.replace(/[\s\u200b-\u200d\u2060\ufeff]/gu, '');
				if (rest === '') return result.kind === 'empty';
				if (!/^[0-9]+$/.test(rest))
					return (
						result.kind === 'not-digits' &&
						result.chars.length > 0 &&
						result.chars.every((c) => !/^[0-9]$/.test(c) && rest.includes(c))
					);
				return rest.length === 6
					? result.kind === 'code' && result.code === rest
					: result.kind === 'wrong-length' && result.digits === rest.length;
			}),
			{ numRuns: RUNS }
		);
	});

	it('parseOtpauthUri: null or a base32 key, never a throw', () => {
		const uri = fc.oneof(
			anyText,
			fc.tuple(uriPiece, uriPiece, uriPiece).map(([l, q, h]) => `otpauth://totp/${l}?secret=${q}${h}`),
			fc
				.tuple(uriPiece, fc.constantFrom('JBSWY3DPEHPK3PXP', 'jbsw y3dp', '%%', 'MZXW6YTBOI======'), uriPiece)
				.map(([l, s, rest]) => `otpauth://totp/${l}?secret=${s}&${rest}`)
		);
		fc.assert(
			fc.property(uri, (input) => {
				const parsed = parseOtpauthUri(input);
				return parsed === null || /^[A-Z2-7]+$/.test(parsed.key);
			}),
			{ numRuns: RUNS }
		);
	});

	it('buildOtpauthUri: a URI that parses back to the same key, or a typed error, never a throw', () => {
		fc.assert(
			fc.property(fc.oneof(keyish, anyText), fc.option(anyText, { nil: undefined }), (key, username) => {
				const built = buildOtpauthUri({ key, username });
				if (!built.ok) return ['invalid-key', 'invalid-username'].includes(built.error.kind);
				// The URI is plain ASCII, as a QR code's byte mode and every authenticator expect.
				return (
					/^otpauth:\/\/totp\/[\x21-\x7e]+$/.test(built.uri) &&
					parseOtpauthUri(built.uri)?.key === key.replace(/[^A-Za-z2-7]/g, '').toUpperCase()
				);
			}),
			{ numRuns: RUNS }
		);
	});

	it('answerIdFromHash: the decoded id or null, never a throw', () => {
		const hash = fc.oneof(
			anyText.map((s) => `#${s}`),
			fc
				.string({ unit: fc.constantFrom(...'%0123456789abcdefABCDEFzZ-#'.split('')), maxLength: 12 })
				.map((s) => `#${s}`)
		);
		fc.assert(
			fc.property(hash, (input) => {
				const id = answerIdFromHash(input);
				return id === null || typeof id === 'string';
			}),
			{ numRuns: RUNS }
		);
	});

	it('answerIdFromHash: gives back any id a link encoded with encodeURIComponent', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), (id) => {
				return answerIdFromHash(`#${encodeURIComponent(id)}`) === id;
			}),
			{ numRuns: RUNS }
		);
	});
});
