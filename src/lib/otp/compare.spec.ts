import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { base32Encode } from './base32';
import { describeOffset, inspectCode, matchCode, normalizeCode } from './compare';
import { hotp } from './totp';

const RFC_KEY = base32Encode(new TextEncoder().encode('12345678901234567890'));
// 2009-02-13 23:31:51 UTC: counter 37037037, 1 s into its window.
const NOW = 1_111_111_111_000;
const COUNTER = 37_037_037;

describe('normalizeCode', () => {
	it.each([
		['123456', '123456'],
		['123 456', '123456'],
		[' 123456 ', '123456'],
		['123\u00A0456', '123456'],
		['1 2 3 4 5 6', '123456'],
		['000000', '000000'],
		['\t123456\n', '123456']
	])('%j → %s', (input, expected) => {
		expect(normalizeCode(input)).toBe(expected);
	});

	it.each(['', '12345', '1234567', '12a456', '123-456', '１２３４５６', '٣٣٣٣٣٣', 'abcdef', '12345.6'])(
		'%j → null',
		(input) => {
			expect(normalizeCode(input)).toBeNull();
		}
	);

	it('never throws on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => {
				const r = normalizeCode(s);
				expect(r === null || /^[0-9]{6}$/.test(r)).toBe(true);
			})
		);
	});
});

describe('inspectCode', () => {
	it.each([
		['123 456', { kind: 'code', code: '123456' }],
		['', { kind: 'empty' }],
		[' \u00A0 ', { kind: 'empty' }],
		['12a456', { kind: 'not-digits', chars: ['a'] }],
		['12-45-6a-', { kind: 'not-digits', chars: ['-', 'a'] }],
		['O12345', { kind: 'not-digits', chars: ['O'] }],
		['12\u{1F600}456', { kind: 'not-digits', chars: ['\u{1F600}'] }],
		['１２３４５６', { kind: 'not-digits', chars: ['１', '２', '３', '４', '５', '６'] }],
		['12345', { kind: 'wrong-length', digits: 5 }],
		['1', { kind: 'wrong-length', digits: 1 }],
		['123 4567', { kind: 'wrong-length', digits: 7 }]
	])('%j → %j', (input, expected) => {
		expect(inspectCode(input)).toEqual(expected);
	});
});

describe('matchCode', () => {
	it('sanity: the expected codes in the window are pairwise distinct, so each test below is unambiguous', () => {
		const codes = new Set<string>();
		for (let k = -11; k <= 11; k++) codes.add(hotp(RFC_KEY, COUNTER + k));
		expect(codes.size).toBe(23);
	});

	it.each([
		[0, { kind: 'match' }],
		[1, { kind: 'offset', steps: 1 }],
		[-1, { kind: 'offset', steps: -1 }],
		[-2, { kind: 'offset', steps: -2 }],
		[5, { kind: 'offset', steps: 5 }],
		[10, { kind: 'offset', steps: 10 }],
		[-10, { kind: 'offset', steps: -10 }],
		[11, { kind: 'no-match' }],
		[-11, { kind: 'no-match' }]
	])('a device %i steps off gives %j', (k, expected) => {
		// The other device's clock is k steps ahead, so it shows the code of counter + k.
		const theirCode = hotp(RFC_KEY, COUNTER + k);
		expect(matchCode(RFC_KEY, theirCode, NOW)).toEqual(expected);
	});

	it('accepts the code with spaces, as apps display it', () => {
		const code = hotp(RFC_KEY, COUNTER);
		expect(matchCode(RFC_KEY, `${code.slice(0, 3)} ${code.slice(3)}`, NOW)).toEqual({ kind: 'match' });
	});

	it('matches anywhere inside the same 30-second window', () => {
		const code = hotp(RFC_KEY, COUNTER);
		const windowStart = COUNTER * 30_000;
		expect(matchCode(RFC_KEY, code, windowStart)).toEqual({ kind: 'match' });
		expect(matchCode(RFC_KEY, code, windowStart + 29_999)).toEqual({ kind: 'match' });
		expect(matchCode(RFC_KEY, code, windowStart + 30_000)).toEqual({ kind: 'offset', steps: -1 });
	});

	it('honours a custom window', () => {
		expect(matchCode(RFC_KEY, hotp(RFC_KEY, COUNTER + 2), NOW, 1)).toEqual({ kind: 'no-match' });
		expect(matchCode(RFC_KEY, hotp(RFC_KEY, COUNTER + 2), NOW, 2)).toEqual({ kind: 'offset', steps: 2 });
		expect(matchCode(RFC_KEY, hotp(RFC_KEY, COUNTER + 1), NOW, 0)).toEqual({ kind: 'no-match' });
	});

	it('does not look at negative counters near the epoch', () => {
		expect(matchCode(RFC_KEY, '755224', 0)).toEqual({ kind: 'match' });
		expect(matchCode(RFC_KEY, '287082', 0)).toEqual({ kind: 'offset', steps: 1 });
		expect(matchCode(RFC_KEY, '755224', 30_000)).toEqual({ kind: 'offset', steps: -1 });
	});

	it.each(['', 'abc', '12345', '1234567', 'hello!', '７５５２２４'])('garbage %j → invalid-code', (code) => {
		expect(matchCode(RFC_KEY, code, NOW)).toEqual({ kind: 'invalid-code' });
	});

	it('finds the offset for random keys and offsets', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ minLength: 10, maxLength: 20 }),
				fc.integer({ min: -10, max: 10 }),
				fc.integer({ min: 1_000_000_000_000, max: 4_000_000_000_000 }),
				(bytes, k, ms) => {
					const key = base32Encode(bytes);
					const counter = Math.floor(ms / 30_000);
					const r = matchCode(key, hotp(key, counter + k), ms);
					// A different step can only win if its code coincides and it is at least as close.
					if (r.kind === 'match') expect(hotp(key, counter)).toBe(hotp(key, counter + k));
					else {
						expect(r.kind).toBe('offset');
						if (r.kind === 'offset') {
							expect(Math.abs(r.steps)).toBeLessThanOrEqual(Math.abs(k));
							expect(hotp(key, counter + r.steps)).toBe(hotp(key, counter + k));
						}
					}
				}
			),
			{ numRuns: 100 }
		);
	});
});

describe('describeOffset', () => {
	it.each([
		[1, { direction: 'ahead', seconds: 30 }],
		[-1, { direction: 'behind', seconds: 30 }],
		[-2, { direction: 'behind', seconds: 60 }],
		[10, { direction: 'ahead', seconds: 300 }],
		[-10, { direction: 'behind', seconds: 300 }]
	])('%i steps → %j', (steps, expected) => {
		expect(describeOffset(steps)).toEqual(expected);
	});
});
