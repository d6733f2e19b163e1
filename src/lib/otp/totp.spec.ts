import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Secret, TOTP } from 'otpauth';
import { base32Encode } from './base32';
import { counterAt, hotp, secondsLeft, totpAt } from './totp';

// RFC 4226 / RFC 6238 SHA1 test secret.
const RFC_KEY = base32Encode(new TextEncoder().encode('12345678901234567890'));

describe('RFC test secret', () => {
	it('encodes to the known base32 literal', () => {
		expect(RFC_KEY).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
	});
});

describe('hotp — RFC 4226 Appendix D', () => {
	it.each([
		[0, '755224'],
		[1, '287082'],
		[2, '359152'],
		[3, '969429'],
		[4, '338314'],
		[5, '254676'],
		[6, '287922'],
		[7, '162583'],
		[8, '399871'],
		[9, '520489']
	])('counter %i → %s', (counter, code) => {
		expect(hotp(RFC_KEY, counter)).toBe(code);
	});
});

describe('totpAt — RFC 6238 Appendix B (SHA1)', () => {
	it.each([
		[59, '94287082'],
		[1111111109, '07081804'],
		[1111111111, '14050471'],
		[1234567890, '89005924'],
		[2000000000, '69279037'],
		[20000000000, '65353130']
	])('T = %i s → %s (8 digits) and its last 6 digits', (seconds, code) => {
		expect(totpAt(RFC_KEY, seconds * 1000, 8)).toBe(code);
		expect(totpAt(RFC_KEY, seconds * 1000)).toBe(code.slice(-6));
	});

	it('agrees with otpauth TOTP for random keys and times', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ minLength: 10, maxLength: 40 }),
				fc.integer({ min: 0, max: 4_102_444_800_000 }),
				(bytes, ms) => {
					const key = base32Encode(bytes);
					const expected = TOTP.generate({ secret: new Secret({ buffer: bytes.slice().buffer }), timestamp: ms });
					expect(totpAt(key, ms)).toBe(expected);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('throws on a key that is not normalized base32 (programming error)', () => {
		expect(() => totpAt('not a key', 0)).toThrow(RangeError);
	});
});

describe('30-second windows', () => {
	it('keeps the code for the whole window and changes it exactly at 30 s', () => {
		expect(totpAt(RFC_KEY, 0)).toBe('755224');
		expect(totpAt(RFC_KEY, 29_000)).toBe(totpAt(RFC_KEY, 0));
		expect(totpAt(RFC_KEY, 29_999)).toBe(totpAt(RFC_KEY, 0));
		expect(totpAt(RFC_KEY, 30_000)).not.toBe(totpAt(RFC_KEY, 29_999));
		expect(totpAt(RFC_KEY, 30_000)).toBe('287082');
		expect(totpAt(RFC_KEY, 59_000)).toBe(totpAt(RFC_KEY, 30_000));
		expect(totpAt(RFC_KEY, 59_999)).toBe(totpAt(RFC_KEY, 30_000));
		expect(totpAt(RFC_KEY, 60_000)).toBe('359152');
	});

	it.each([
		[0, 0],
		[29_999, 0],
		[30_000, 1],
		[59_999, 1],
		[60_000, 2],
		[1_111_111_111_000, 37_037_037],
		[-1, -1]
	])('counterAt(%i) = %i', (ms, counter) => {
		expect(counterAt(ms)).toBe(counter);
	});

	// Definition: the remaining time until the next step, rounded UP to whole seconds, so 1–30 and 30 at a boundary.
	it.each([
		[0, 30],
		[1, 30],
		[999, 30],
		[1_000, 29],
		[15_500, 15],
		[29_000, 1],
		[29_001, 1],
		[29_999, 1],
		[30_000, 30],
		[59_000, 1],
		[1_111_111_111_000, 29],
		[-1, 1]
	])('secondsLeft(%i) = %i', (ms, left) => {
		expect(secondsLeft(ms)).toBe(left);
	});

	it('secondsLeft is an integer 1–30 matching otpauth remaining() rounded up', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
				const left = secondsLeft(ms);
				expect(Number.isInteger(left)).toBe(true);
				expect(left).toBeGreaterThanOrEqual(1);
				expect(left).toBeLessThanOrEqual(30);
				expect(left).toBe(Math.ceil(TOTP.remaining({ timestamp: ms }) / 1000));
				// The code is still the same one second before the countdown runs out.
				expect(counterAt(ms + (left - 1) * 1000)).toBe(counterAt(ms));
			})
		);
	});
});
