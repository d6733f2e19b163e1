import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPayload, usernameFromAccount, type ReadPayload } from './read-payload';

const KEY = 'JBSWY3DPEHPK3PXP';
const RFC = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const ISSUER = '%C3%9Cgyf%C3%A9lkapu%2B';
const OFFICIAL = `otpauth://totp/${ISSUER}:minta123%40ugyfelkapu.gov.hu?secret=${RFC}&issuer=${ISSUER}&algorithm=SHA1&digits=6&period=30`;

// Protobuf bytes written out by hand (field tags and lengths counted here), base64-encoded by Node.
function exportUri(accounts: { secret: string; name: string; issuer: string; type?: number }[]): string {
	const str = (field: number, s: string) => {
		const b = [...Buffer.from(s, 'utf8')];
		return [(field << 3) | 2, b.length, ...b];
	};
	const bytes = accounts.flatMap((a) => {
		const inner = [...str(1, a.secret), ...str(2, a.name), ...str(3, a.issuer), 0x30, a.type ?? 2];
		return [0x0a, inner.length, ...inner];
	});
	return `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(bytes).toString('base64'))}`;
}

describe('readPayload — otpauth:// URIs', () => {
	it.each<[string, string, ReadPayload]>([
		[
			'the official form',
			OFFICIAL,
			{ kind: 'key', from: 'otpauth', key: RFC, username: 'minta123', issuer: 'Ügyfélkapu+', warnings: [] }
		],
		[
			'a label not percent-encoded, lower-case padded secret',
			'otpauth://totp/Ügyfélkapu+:minta123@ugyfelkapu.gov.hu?secret=jbswy3dpehpk3pxp====',
			{ kind: 'key', from: 'otpauth', key: KEY, username: 'minta123', issuer: 'Ügyfélkapu+', warnings: [] }
		],
		[
			'percent-encoded padding and spaces in the secret, upper-case scheme and type',
			'OTPAUTH://TOTP/minta%20123?secret=JBSW%20Y3DP%20EHPK%203PXP%3D%3D',
			{ kind: 'key', from: 'otpauth', key: KEY, warnings: [] }
		],
		[
			'only the issuer as label',
			`otpauth://totp/${ISSUER}?secret=${KEY}&issuer=${ISSUER}`,
			{ kind: 'key', from: 'otpauth', key: KEY, issuer: 'Ügyfélkapu+', warnings: [] }
		],
		[
			'another service with an e-mail address',
			`otpauth://totp/Example:alice@google.com?secret=${KEY}&issuer=Example`,
			{
				kind: 'key',
				from: 'otpauth',
				key: KEY,
				issuer: 'Example',
				warnings: [{ kind: 'issuer', value: 'Example' }]
			}
		],
		[
			"another service's plain account name is not taken as the username",
			`otpauth://totp/GitHub:alice?secret=${KEY}&issuer=GitHub`,
			{ kind: 'key', from: 'otpauth', key: KEY, issuer: 'GitHub', warnings: [{ kind: 'issuer', value: 'GitHub' }] }
		],
		[
			'an issuer only in the label counts too, and a long one is cut for showing',
			`otpauth://totp/${'Ab'.repeat(30)}:alice?secret=${KEY}`,
			{
				kind: 'key',
				from: 'otpauth',
				key: KEY,
				issuer: 'Ab'.repeat(30),
				warnings: [{ kind: 'issuer', value: 'Ab'.repeat(20) }]
			}
		],
		[
			'KAÜ, NISZ or a gov.hu address as the issuer may be official: no warning',
			`otpauth://totp/KA%C3%9C:minta123?secret=${KEY}&issuer=KA%C3%9C`,
			{ kind: 'key', from: 'otpauth', key: KEY, username: 'minta123', issuer: 'KAÜ', warnings: [] }
		],
		[
			'SHA256, 8 digits, 60 seconds',
			`otpauth://totp/x?secret=${KEY}&algorithm=sha256&digits=8&period=60`,
			{
				kind: 'key',
				from: 'otpauth',
				key: KEY,
				username: 'x',
				warnings: [
					{ kind: 'algorithm', value: 'sha256' },
					{ kind: 'digits', value: '8' },
					{ kind: 'period', value: '60' }
				]
			}
		],
		[
			'no secret',
			`otpauth://totp/${ISSUER}:minta123?issuer=x`,
			{ kind: 'error', error: { kind: 'otpauth-no-secret' } }
		],
		['an empty secret', 'otpauth://totp/a?secret=&issuer=x', { kind: 'error', error: { kind: 'otpauth-no-secret' } }],
		['counter-based', `otpauth://hotp/a?secret=${KEY}&counter=1`, { kind: 'error', error: { kind: 'otpauth-hotp' } }],
		[
			'another type',
			`otpauth://steam/a?secret=${KEY}`,
			{ kind: 'error', error: { kind: 'otpauth-unsupported', type: 'steam' } }
		],
		[
			'broken percent-encoding',
			`otpauth://totp/a?secret=${KEY}%E0%A4%A`,
			{ kind: 'error', error: { kind: 'otpauth-malformed' } }
		],
		['no path', 'otpauth:totp', { kind: 'error', error: { kind: 'otpauth-malformed' } }]
	])('%s', (_, text, expected) => {
		expect(readPayload(text)).toEqual(expected);
	});

	it('explains a secret that is not a key', () => {
		const r = readPayload('otpauth://totp/a?secret=ABC0DEF');
		expect(r.kind === 'error' && r.error.kind === 'otpauth-bad-secret' && r.error.error.kind).toBe('invalid-chars');
		const short = readPayload('otpauth://totp/a?secret=ABCDEFGH');
		expect(short.kind === 'error' && short.error.kind === 'otpauth-bad-secret' && short.error.error.kind).toBe(
			'too-short'
		);
	});
});

describe('readPayload — bare keys, addresses, anything else', () => {
	it.each<[string, ReadPayload]>([
		[KEY, { kind: 'key', from: 'bare', key: KEY, warnings: [] }],
		['  jbsw y3dp ehpk 3pxp\n', { kind: 'key', from: 'bare', key: KEY, warnings: [] }],
		['JBSW-Y3DP-EHPK-3PXP==', { kind: 'key', from: 'bare', key: KEY, warnings: [] }],
		['JBSWY3DP', { kind: 'other' }],
		['Jbswy3dpehpk3pxp', { kind: 'other' }],
		['hello world this is a long text', { kind: 'other' }],
		['https://ugyfelkapu.gov.hu/', { kind: 'url', url: 'https://ugyfelkapu.gov.hu/' }],
		['  HTTP://example.com/a?b=c  ', { kind: 'url', url: 'HTTP://example.com/a?b=c' }],
		['www.example.com', { kind: 'url', url: 'www.example.com' }],
		['javascript:alert(1)', { kind: 'other' }],
		['WIFI:S:home;T:WPA;P:secret;;', { kind: 'other' }],
		['', { kind: 'other' }]
	])('%j', (text, expected) => {
		expect(readPayload(text)).toEqual(expected);
	});
});

describe('readPayload — authenticator exports', () => {
	it('offers every time-based account and preselects the Ügyfélkapu+ one, however it is spelled', () => {
		const uri = exportUri([
			{ secret: '12345678901234567890', name: 'alice@example.com', issuer: 'Example' },
			{ secret: 'abcdefghijabcdefghij', name: 'hotp', issuer: 'Old', type: 1 },
			{ secret: 'ABCDEFGHIJABCDEFGHIJ', name: 'minta123@ugyfelkapu.gov.hu', issuer: 'UGYFELKAPU+' }
		]);
		const r = readPayload(uri);
		expect(r).toEqual({
			kind: 'export',
			accounts: [
				{
					name: 'alice@example.com',
					issuer: 'Example',
					key: RFC,
					warnings: [{ kind: 'issuer', value: 'Example' }]
				},
				{
					name: 'minta123@ugyfelkapu.gov.hu',
					issuer: 'UGYFELKAPU+',
					key: 'IFBEGRCFIZDUQSKKIFBEGRCFIZDUQSKK',
					username: 'minta123',
					warnings: []
				}
			],
			preselected: 1,
			partOfBatch: false
		});
	});

	it("flags another service's account and takes no username from it", () => {
		const r = readPayload(exportUri([{ secret: '12345678901234567890', name: 'GitHub:alice', issuer: 'GitHub' }]));
		expect(r).toEqual({
			kind: 'export',
			accounts: [{ name: 'GitHub:alice', issuer: 'GitHub', key: RFC, warnings: [{ kind: 'issuer', value: 'GitHub' }] }],
			preselected: null,
			partOfBatch: false
		});
	});

	it('preselects by an accented issuer too, and nothing when no account mentions Ügyfélkapu', () => {
		const accented = exportUri([
			{ secret: '12345678901234567890', name: 'a', issuer: 'x' },
			{ secret: '12345678901234567890', name: 'b', issuer: 'Ügyfélkapu+' }
		]);
		expect(readPayload(accented)).toMatchObject({ kind: 'export', preselected: 1 });
		const none = exportUri([{ secret: '12345678901234567890', name: 'a', issuer: 'x' }]);
		expect(readPayload(none)).toMatchObject({ kind: 'export', preselected: null });
	});

	it.each<[string, ReadPayload]>([
		['otpauth-migration://offline?data=!!!', { kind: 'error', error: { kind: 'export-broken', reason: 'bad-base64' } }],
		['otpauth-migration://offline?data=CgE', { kind: 'error', error: { kind: 'export-broken', reason: 'truncated' } }],
		[
			exportUri([{ secret: '12345678901234567890', name: 'a', issuer: 'x', type: 1 }]),
			{ kind: 'error', error: { kind: 'export-no-totp' } }
		]
	])('%s', (text, expected) => {
		expect(readPayload(text)).toEqual(expected);
	});
});

describe('usernameFromAccount', () => {
	it.each([
		['Ügyfélkapu+:minta123@ugyfelkapu.gov.hu', 'minta123'],
		['minta123@UGYFELKAPU.GOV.HU', 'minta123'],
		['minta123', 'minta123'],
		['Ügyfélkapu+', undefined],
		['Ügyfélkapu+:', undefined],
		['Example:alice@google.com', undefined],
		['two words', undefined]
	])('%j → %j', (account, expected) => {
		expect(usernameFromAccount(account)).toBe(expected);
	});
});

const KINDS = new Set(['key', 'export', 'error', 'url', 'other']);

describe('readPayload never throws', () => {
	it('on 100,000 random texts, many of them shaped like the real thing', () => {
		const text = fc.oneof(
			fc.string({ maxLength: 80 }),
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.string({ maxLength: 60 }).map((s) => `otpauth://${s}`),
			fc.string({ maxLength: 60 }).map((s) => `otpauth://totp/${s}?secret=${s}`),
			fc.string({ maxLength: 60 }).map((s) => `otpauth-migration://offline?data=${s}`),
			fc.base64String({ maxLength: 60 }).map((s) => `otpauth-migration://offline?data=${s}`),
			fc.string({ unit: fc.constantFrom(...'ABCXYZabcxyz2367 =-'), maxLength: 40 })
		);
		fc.assert(
			fc.property(text, (s) => {
				const r = readPayload(s);
				// Plain checks rather than expect(): a hundred thousand runs must stay fast.
				if (!KINDS.has(r.kind)) return false;
				// Whatever is offered as a key really is one.
				return r.kind !== 'key' || /^[A-Z2-7]{16,}$/.test(r.key);
			}),
			{ numRuns: 100_000 }
		);
	}, 60_000);
});
