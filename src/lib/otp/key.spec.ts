import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { base32Encode } from './base32';
import { groupKey, normalizeKey } from './key';

describe('normalizeKey', () => {
	it.each([
		['JBSWY3DPEHPK3PXP', 'already clean'],
		['jbsw y3dp-ehpk 3pxp', 'lowercase with spaces and hyphen'],
		['JBSW\u00A0Y3DP\u202FEHPK\u2007 3PXP', 'non-breaking spaces'],
		['\tJBSW\nY3DP\r\nEHPK\t3PXP\n', 'tabs and newlines'],
		['JBSW\u2013Y3DP\u2014EHPK\u22123PXP', 'en dash, em dash, minus sign'],
		['JBSW-Y3DP-EHPK-3PXP====', 'padding'],
		['JBSW\u200BY3DPEHPK3PXP', 'zero-width space']
	])('accepts %j (%s) as JBSWY3DPEHPK3PXP without notice', (input) => {
		expect(normalizeKey(input)).toEqual({ ok: true, key: 'JBSWY3DPEHPK3PXP' });
	});

	it('accepts a 32-character key with the longer-than-usual notice', () => {
		expect(normalizeKey('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual({
			ok: true,
			key: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
			notice: 'longer-than-usual'
		});
	});

	it.each(['', '   ', '\u00A0\t\n', '----', '= = =', '\u2013\u2014'])('reports %j as empty', (input) => {
		expect(normalizeKey(input)).toEqual({ ok: false, error: { kind: 'empty' } });
	});

	it('flags 0 as probably O', () => {
		expect(normalizeKey('JBSWY3DPEHPK3PX0')).toEqual({
			ok: false,
			error: { kind: 'invalid-chars', chars: ['0'], lookalikes: [{ char: '0', probably: ['O'] }] }
		});
	});

	it('lists invalid characters once, in order of first appearance, with lookalikes', () => {
		expect(normalizeKey('JB1SW0Y3D1PE8HP9K!0öÖőúé')).toEqual({
			ok: false,
			error: {
				kind: 'invalid-chars',
				chars: ['1', '0', '8', '9', '!', 'Ö', 'Ő', 'Ú', 'É'],
				lookalikes: [
					{ char: '1', probably: ['I', 'L'] },
					{ char: '0', probably: ['O'] },
					{ char: '8', probably: ['B'] },
					{ char: '9', probably: ['G'] },
					{ char: 'Ö', probably: ['O'] },
					{ char: 'Ő', probably: ['O'] },
					{ char: 'Ú', probably: ['U'] },
					{ char: 'É', probably: ['E'] }
				]
			}
		});
	});

	it.each([
		['ÁÍŰ', ['Á', 'Í', 'Ű']],
		['ß', ['ß']],
		['😀AB😀', ['😀']],
		['a.b,c', ['.', ',']],
		['ı', ['ı']]
	])('keeps %j characters whole and unchanged in meaning', (input, chars) => {
		const r = normalizeKey(input);
		expect(r.ok).toBe(false);
		if (!r.ok && r.error.kind === 'invalid-chars') expect(r.error.chars).toEqual(chars);
		else throw new Error('expected invalid-chars');
	});

	it('checks invalid characters before length', () => {
		expect(normalizeKey('A0')).toMatchObject({ ok: false, error: { kind: 'invalid-chars' } });
	});

	it.each([
		['A', 1],
		['ABC', 3],
		['JBSW Y3DP EHPK 3PX', 15]
	])('reports %j as too short (length %i) even when also not decodable', (input, length) => {
		expect(normalizeKey(input)).toEqual({ ok: false, error: { kind: 'too-short', length, min: 16 } });
	});

	it.each([
		['JBSWY3DPEHPK3PXPA', '17 characters'],
		['JBSWY3DPEHPK3PXPABC', '19 characters'],
		['JBSWY3DPEHPK3PXPABCDEF', '22 characters'],
		['JBSWY3DPEHPK3PXPAB', 'non-zero trailing bits']
	])('reports %j (%s) as not decodable', (input) => {
		expect(normalizeKey(input)).toEqual({ ok: false, error: { kind: 'not-decodable' } });
	});

	it('accepts a decodable 18-character key with the notice', () => {
		expect(normalizeKey('JBSWY3DPEHPK3PXPAA')).toEqual({
			ok: true,
			key: 'JBSWY3DPEHPK3PXPAA',
			notice: 'longer-than-usual'
		});
	});

	it('accepts any key made from 10–40 random bytes, however it is spaced and cased', () => {
		const sep = fc.constantFrom('', ' ', '-', '\u00A0', '\t', '\n', '\u2013');
		fc.assert(
			fc.property(
				fc.uint8Array({ minLength: 10, maxLength: 40 }),
				fc.array(sep, { minLength: 64, maxLength: 64 }),
				fc.boolean(),
				(bytes, seps, lower) => {
					const key = base32Encode(bytes);
					const typed = [...key].map((c, i) => (lower ? c.toLowerCase() : c) + seps[i]).join('');
					const r = normalizeKey(typed);
					expect(r.ok).toBe(true);
					if (r.ok) {
						expect(r.key).toBe(key);
						expect(r.notice).toBe(key.length > 16 ? 'longer-than-usual' : undefined);
					}
				}
			)
		);
	});

	it('is idempotent on its ok output', () => {
		const keyish = fc.string({
			unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcxyz -=\u00A0'),
			minLength: 16,
			maxLength: 50
		});
		fc.assert(
			fc.property(fc.oneof(keyish, fc.string()), (input) => {
				const r = normalizeKey(input);
				if (r.ok) expect(normalizeKey(r.key)).toEqual(r);
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on arbitrary strings', () => {
		const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) });
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), codeUnits),
				(input) => {
					const r = normalizeKey(input);
					expect(typeof r.ok).toBe('boolean');
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('normalizeKey: things pasted that are not keys', () => {
	it('reads the secret of an otpauth:// link, with its username, and says where it came from', () => {
		expect(
			normalizeKey(
				'otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B:minta123%40ugyfelkapu.gov.hu?secret=JBSWY3DPEHPK3PXP&issuer=%C3%9Cgyf%C3%A9lkapu%2B'
			)
		).toEqual({ ok: true, key: 'JBSWY3DPEHPK3PXP', from: 'uri', username: 'minta123' });
		expect(normalizeKey('  OTPAUTH://totp/x?secret=gezdgnbvgy3tqojqgezdgnbvgy3tqojq ')).toEqual({
			ok: true,
			key: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
			from: 'uri',
			notice: 'longer-than-usual',
			username: 'x'
		});
	});

	it.each([
		'otpauth://totp/x?issuer=y',
		'otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP',
		'otpauth://totp/x?secret=JBSWY3DPEHPK3PX0',
		'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU'
	])('an otpauth link without a usable TOTP secret: %j', (input) => {
		expect(normalizeKey(input)).toEqual({ ok: false, error: { kind: 'bad-uri' } });
	});

	it('more than 128 characters is too long, however valid its characters', () => {
		expect(normalizeKey('A'.repeat(128))).toMatchObject({ ok: true });
		expect(normalizeKey('A'.repeat(129))).toEqual({ ok: false, error: { kind: 'too-long', length: 129, max: 128 } });
		expect(normalizeKey('AB2 '.repeat(75))).toEqual({ ok: false, error: { kind: 'too-long', length: 225, max: 128 } });
		expect(normalizeKey('x'.repeat(20_000))).toEqual({
			ok: false,
			error: { kind: 'too-long', length: 20_000, max: 128 }
		});
	});

	it.each(['https://ugyfelkapu.gov.hu/', 'www.ugyfelkapu.gov.hu', 'http://localhost:4173/ellenorzes'])(
		'a web address: %j',
		(input) => {
			expect(normalizeKey(input)).toEqual({ ok: false, error: { kind: 'url' } });
		}
	);

	it.each(['Nem tudom beolvasni a kódot', 'A kulcs a QR-kód alatt van.', 'Hello, this is my key'])(
		'a sentence: %j',
		(input) => {
			expect(normalizeKey(input)).toEqual({ ok: false, error: { kind: 'text' } });
		}
	);

	it('a key in groups with misread digits keeps its lookalike message', () => {
		expect(normalizeKey('JBSW Y3DP EHPK 3PX0')).toMatchObject({ ok: false, error: { kind: 'invalid-chars' } });
		expect(normalizeKey('JBSWY 3DP EH1K 3PX0')).toMatchObject({ ok: false, error: { kind: 'invalid-chars' } });
		expect(normalizeKey('JBSW Y3DP EHPK')).toMatchObject({ ok: false, error: { kind: 'too-short' } });
	});
});

describe('groupKey', () => {
	it.each([
		['JBSWY3DPEHPK3PXP', 4, 'JBSW Y3DP EHPK 3PXP'],
		['GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 4, 'GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ'],
		['JBSWY3DPEHPK3PXPAA', 4, 'JBSW Y3DP EHPK 3PXP AA'],
		['JBSWY3DPEHPK3PXP', 8, 'JBSWY3DP EHPK3PXP'],
		['', 4, '']
	])('groups %s by %i', (key, size, expected) => {
		expect(groupKey(key, size)).toBe(expected);
	});

	it('defaults to groups of 4 that normalizeKey reads back', () => {
		const grouped = groupKey('JBSWY3DPEHPK3PXP');
		expect(grouped).toBe('JBSW Y3DP EHPK 3PXP');
		expect(normalizeKey(grouped)).toEqual({ ok: true, key: 'JBSWY3DPEHPK3PXP' });
	});
});
