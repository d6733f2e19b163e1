import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { URI, TOTP } from 'otpauth';
import { base32Encode } from './base32';
import { accountName, buildOtpauthUri, parseOtpauthUri } from './otpauth-uri';
import { totpAt } from './totp';

const KEY = 'JBSWY3DPEHPK3PXP';
const TAIL = '&issuer=%C3%9Cgyf%C3%A9lkapu%2B&algorithm=SHA1&digits=6&period=30';
const WITH_USER = `otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B:minta123%40ugyfelkapu.gov.hu?secret=${KEY}${TAIL}`;

describe('accountName', () => {
	it.each([
		['minta123', 'minta123@ugyfelkapu.gov.hu'],
		['  minta123  ', 'minta123@ugyfelkapu.gov.hu'],
		['minta123@ugyfelkapu.gov.hu', 'minta123@ugyfelkapu.gov.hu'],
		['Minta123@UgyfelKapu.GOV.hu', 'Minta123@ugyfelkapu.gov.hu'],
		['', ''],
		['   ', '']
	])('%j → %j', (username, expected) => {
		expect(accountName(username)).toBe(expected);
	});
});

/** The URI of a build that must succeed. */
function uriOf(input: { key: string; username?: string }): string {
	const built = buildOtpauthUri(input);
	if (!built.ok) throw new Error(`no URI for ${JSON.stringify(input)}: ${built.error.kind}`);
	return built.uri;
}

describe('buildOtpauthUri', () => {
	it.each([
		[{ key: KEY, username: 'minta123' }, WITH_USER],
		[{ key: KEY, username: ' minta123@ugyfelkapu.gov.hu ' }, WITH_USER],
		[{ key: 'jbsw y3dp-ehpk 3pxp', username: 'minta123' }, WITH_USER],
		[{ key: KEY }, `otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B?secret=${KEY}${TAIL}`],
		[{ key: KEY, username: '  ' }, `otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B?secret=${KEY}${TAIL}`],
		[{ key: 'MZXW6YTBOI======' }, `otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B?secret=MZXW6YTBOI${TAIL}`]
	])('%j → exact URI', (input, expected) => {
		expect(buildOtpauthUri(input)).toEqual({ ok: true, uri: expected });
	});

	it('is read by otpauth itself with the same issuer, account and codes', () => {
		const otp = URI.parse(WITH_USER);
		expect(otp).toBeInstanceOf(TOTP);
		expect(otp.issuer).toBe('Ügyfélkapu+');
		expect(otp.label).toBe('minta123@ugyfelkapu.gov.hu');
		expect(otp.secret.base32).toBe(KEY);
		expect((otp as TOTP).generate({ timestamp: 1_700_000_000_000 })).toBe(totpAt(KEY, 1_700_000_000_000));
	});

	it('returns a typed error, not a throw, for a key that is not base32', () => {
		expect(buildOtpauthUri({ key: 'ABC0' })).toEqual({ ok: false, error: { kind: 'invalid-key' } });
		expect(buildOtpauthUri({ key: '' })).toEqual({ ok: false, error: { kind: 'invalid-key' } });
	});

	it('returns a typed error, not a URIError, for a username with half an emoji', () => {
		for (const username of ['anna\uD83D', '\uDE00anna', 'a\uDC00\uD800b'])
			expect(buildOtpauthUri({ key: KEY, username })).toEqual({ ok: false, error: { kind: 'invalid-username' } });
		// A whole emoji is fine.
		expect(uriOf({ key: KEY, username: 'anna\uD83D\uDE00' })).toContain(encodeURIComponent('anna\uD83D\uDE00'));
	});
});

describe('parseOtpauthUri', () => {
	it.each([
		[WITH_USER, { key: KEY, username: 'minta123', issuer: 'Ügyfélkapu+' }],
		[`otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B?secret=${KEY}${TAIL}`, { key: KEY, issuer: 'Ügyfélkapu+' }],
		// Another service's account name is no Ügyfélkapu username.
		['otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example', { key: KEY, issuer: 'Example' }],
		['otpauth://totp/Example:%20alice?secret=jbswy3dpehpk3pxp', { key: KEY, issuer: 'Example' }],
		['otpauth://totp/NISZ:%20minta123?secret=jbswy3dpehpk3pxp', { key: KEY, username: 'minta123', issuer: 'NISZ' }],
		['otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP', { key: KEY, username: 'alice' }],
		['OTPAUTH://TOTP/alice?SECRET=JBSWY3DPEHPK3PXP&ALGORITHM=sha1', { key: KEY, username: 'alice' }],
		['otpauth://totp/?secret=MZXW6YTBOI%3D%3D%3D%3D%3D%3D', { key: 'MZXW6YTBOI' }],
		[
			'otpauth://totp/%C3%9Cgyf%C3%A9lkapu+:minta123%40ugyfelkapu.gov.hu?secret=JBSWY3DPEHPK3PXP&issuer=%C3%9Cgyf%C3%A9lkapu+',
			{ key: KEY, username: 'minta123', issuer: 'Ügyfélkapu+' }
		],
		[`  ${WITH_USER}  `, { key: KEY, username: 'minta123', issuer: 'Ügyfélkapu+' }]
	])('%s', (uri, expected) => {
		expect(parseOtpauthUri(uri)).toEqual(expected);
	});

	it.each([
		['', 'empty'],
		['https://ugyfelkapu.gov.hu/?secret=JBSWY3DPEHPK3PXP', 'not otpauth'],
		['otpauth://hotp/alice?secret=JBSWY3DPEHPK3PXP&counter=0', 'HOTP'],
		['otpauth://totp/alice', 'no secret'],
		['otpauth://totp/alice?issuer=X', 'no secret'],
		['otpauth://totp/alice?secret=', 'empty secret'],
		['otpauth://totp/alice?secret=JBSWY3DPEHPK3PX0', 'illegal secret character'],
		['otpauth://totp/alice?secret=JBSWY3DPEHPK3PXPA', 'secret not decodable'],
		['otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&algorithm=SHA256', 'unsupported algorithm'],
		['otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&digits=8', 'unsupported digits'],
		['otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&period=60', 'unsupported period'],
		['otpauth://totp/%E0%A4%A?secret=JBSWY3DPEHPK3PXP', 'malformed percent-encoding in label'],
		['otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&issuer=%ZZ', 'malformed percent-encoding in query'],
		['otpauth://totp', 'no label']
	])('%s → null (%s)', (uri) => {
		expect(parseOtpauthUri(uri)).toBeNull();
	});

	it('returns null for non-strings instead of throwing', () => {
		expect(parseOtpauthUri(undefined as unknown as string)).toBeNull();
		expect(parseOtpauthUri(42 as unknown as string)).toBeNull();
	});

	it('never throws on arbitrary strings', () => {
		const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) });
		const uriish = fc
			.tuple(
				fc.constantFrom('otpauth://totp/', 'otpauth://hotp/', 'otpauth://', ''),
				fc.string(),
				fc.constantFrom('?secret=', '?', '', '&secret='),
				fc.string({ unit: 'binary' })
			)
			.map((p) => p.join(''));
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), codeUnits, uriish), (s) => {
				const r = parseOtpauthUri(s);
				expect(r === null || typeof r.key === 'string').toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});

	it('round-trips build → parse for random keys and usernames', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ minLength: 10, maxLength: 40 }),
				fc.option(fc.stringMatching(/^[a-z0-9._-]{1,20}$/), { nil: undefined }),
				fc.boolean(),
				(bytes, username, withDomain) => {
					const key = base32Encode(bytes);
					const typed = username !== undefined && withDomain ? `${username}@ugyfelkapu.gov.hu` : username;
					const uri = uriOf(typed === undefined ? { key } : { key, username: typed });
					const expected =
						username === undefined ? { key, issuer: 'Ügyfélkapu+' } : { key, username, issuer: 'Ügyfélkapu+' };
					expect(parseOtpauthUri(uri)).toEqual(expected);
					// otpauth must read the same URI the same way.
					const otp = URI.parse(uri);
					expect(otp.secret.base32).toBe(key);
					expect(otp.issuer).toBe('Ügyfélkapu+');
					if (username !== undefined) expect(otp.label).toBe(`${username}@ugyfelkapu.gov.hu`);
				}
			)
		);
	});

	it('round-trips usernames with arbitrary Unicode (spaces, colons, accents)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), (raw) => {
				const username = raw
					.trim()
					.replace(/@ugyfelkapu\.gov\.hu$/i, '')
					.trim();
				fc.pre(username !== '');
				const parsed = parseOtpauthUri(uriOf({ key: KEY, username: raw }));
				expect(parsed).toEqual({ key: KEY, username, issuer: 'Ügyfélkapu+' });
			})
		);
	});

	it('parse → build → parse is stable', () => {
		const parsed = parseOtpauthUri('otpauth://totp/NISZ:minta123?secret=jbsw%20y3dp%20ehpk%203pxp&issuer=NISZ');
		expect(parsed).not.toBeNull();
		if (parsed) {
			const again = parseOtpauthUri(uriOf(parsed));
			expect(again).toEqual({ key: KEY, username: 'minta123', issuer: 'Ügyfélkapu+' });
		}
	});
});
