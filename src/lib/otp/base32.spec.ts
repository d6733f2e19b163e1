import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Secret } from 'otpauth';
import { BASE32_ALPHABET, base32Decode, base32Encode, isBase32Char } from './base32';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('base32', () => {
	// RFC 4648 section 10 test vectors, without padding.
	it.each([
		['', ''],
		['f', 'MY'],
		['fo', 'MZXQ'],
		['foo', 'MZXW6'],
		['foob', 'MZXW6YQ'],
		['fooba', 'MZXW6YTB'],
		['foobar', 'MZXW6YTBOI'],
		['12345678901234567890', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ']
	])('encodes %j as %s and decodes it back', (text, encoded) => {
		expect(base32Encode(ascii(text))).toBe(encoded);
		expect(base32Decode(encoded)).toEqual(ascii(text));
	});

	it.each([
		['A', true],
		['Z', true],
		['2', true],
		['7', true],
		['a', false],
		['0', false],
		['1', false],
		['8', false],
		['9', false],
		['=', false],
		['', false],
		['AB', false],
		['Ö', false]
	])('isBase32Char(%j) is %s', (c, expected) => {
		expect(isBase32Char(c)).toBe(expected);
	});

	it.each([
		['A', 'length 1 mod 8'],
		['ABC', 'length 3 mod 8'],
		['ABCDEF', 'length 6 mod 8'],
		['ABCDEFGHI', 'length 9 (1 mod 8)'],
		['MB', 'non-zero trailing bits (canonical is MA)'],
		['MZXW6YTBOJ', 'non-zero trailing bits'],
		['mzxw6ytboi', 'lowercase'],
		['MZXW6YTBOI======', 'padding'],
		['MZXW 6YTB', 'space'],
		['MZXW0YTB', 'digit 0'],
		['MZXWŐYTB', 'non-ASCII']
	])('rejects %j (%s)', (s) => {
		expect(base32Decode(s)).toBeNull();
	});

	it('round-trips random byte arrays (10–40 bytes) and agrees with otpauth', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 10, maxLength: 40 }), (bytes) => {
				const encoded = base32Encode(bytes);
				expect(encoded).toMatch(/^[A-Z2-7]+$/);
				expect(base32Decode(encoded)).toEqual(bytes);
				expect(encoded).toBe(new Secret({ buffer: bytes.slice().buffer }).base32.replace(/=+$/, ''));
			})
		);
	});

	it('decodes exactly the strings it could have encoded', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...BASE32_ALPHABET), maxLength: 40 }), (s) => {
				const bytes = base32Decode(s);
				if (bytes !== null) expect(base32Encode(bytes)).toBe(s);
			})
		);
	});
});
