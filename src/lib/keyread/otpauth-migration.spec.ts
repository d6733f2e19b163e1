import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base32Decode } from '$lib/otp/base32';
import { base64Decode, decodeMigration, decodeMigrationPayload, decodeMigrationUri } from './otpauth-migration';

// A tiny protobuf writer of the test's own, so the payloads do not come from the code under test.
function varint(n: bigint): number[] {
	let v = BigInt.asUintN(64, n);
	const out: number[] = [];
	do {
		let b = Number(v & 0x7fn);
		v >>= 7n;
		if (v > 0n) b |= 0x80;
		out.push(b);
	} while (v > 0n);
	return out;
}
const tag = (field: number, wire: number) => varint(BigInt((field << 3) | wire));
const vfield = (field: number, value: number | bigint) => [...tag(field, 0), ...varint(BigInt(value))];
const bfield = (field: number, bytes: Uint8Array | number[]) => [
	...tag(field, 2),
	...varint(BigInt(bytes.length)),
	...bytes
];
const sfield = (field: number, s: string) => bfield(field, Array.from(new TextEncoder().encode(s)));

type Params = {
	secret: Uint8Array;
	name?: string;
	issuer?: string;
	algorithm?: number;
	digits?: number;
	type?: number;
	counter?: number;
};
function otpParameters(p: Params): number[] {
	return [
		...bfield(1, p.secret),
		...(p.name !== undefined ? sfield(2, p.name) : []),
		...(p.issuer !== undefined ? sfield(3, p.issuer) : []),
		...(p.algorithm !== undefined ? vfield(4, p.algorithm) : []),
		...(p.digits !== undefined ? vfield(5, p.digits) : []),
		...(p.type !== undefined ? vfield(6, p.type) : []),
		...(p.counter !== undefined ? vfield(7, p.counter) : [])
	];
}
function payload(accounts: Params[], batch: number[] = []): Uint8Array {
	return Uint8Array.from([...accounts.flatMap((a) => bfield(1, otpParameters(a))), ...batch]);
}
function toUri(bytes: Uint8Array): string {
	return `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(bytes).toString('base64'))}`;
}

// RFC 6238's SHA1 seed, and its base32 written out independently (RFC 4648 by hand).
const RFC_SEED = new TextEncoder().encode('12345678901234567890');
const RFC_BASE32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const SEED_32 = new TextEncoder().encode('12345678901234567890123456789012');

describe('decodeMigrationUri — published examples', () => {
	// From dim13/otpauth, migration/convert_test.go (TestConvert): Google's own example account,
	// expected there as otpauth://totp/Example:alice@google.com?issuer=Example&period=30&secret=JBSWY3DPEHPK3PXP.
	it('reads the dim13/otpauth example', () => {
		const r = decodeMigrationUri(
			'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC'
		);
		expect(r).toEqual({
			ok: true,
			accounts: [
				{
					name: 'Example:alice@google.com',
					issuer: 'Example',
					secretBase32: 'JBSWY3DPEHPK3PXP',
					algorithm: 'SHA1',
					digits: 6,
					type: 'totp'
				}
			]
		});
	});

	// From timokoessler/2FAGuard, Guard.Test/Import/GoogleAuthMigration.cs: two accounts and a batch id written as a
	// negative int32 (a ten-byte varint). Its expected secrets are quoted there (the first with '=' padding).
	it('reads the 2FAGuard example with a negative batch id', () => {
		const r = decodeMigrationUri(
			'otpauth-migration://offline?data=Ci0KEBfNhW48%2BTYHuJJjaGSVaDgSDHRlc3RAdGVzdC5kZRoFQXBwbGUgASgBMAIKLwoUULGGAD3E0ueYHAy7s69SLeV1tHISCXVzZXJAdGVzdBoGVG9rZW4yIAEoATACEAEYASAAKJbEnKb%2B%2F%2F%2F%2F%2FwE%3D'
		);
		if (!r.ok) throw new Error(r.reason);
		expect(r.accounts.map((a) => [a.issuer, a.name, a.secretBase32, a.type, a.algorithm])).toEqual([
			['Apple', 'test@test.de', 'C7GYK3R47E3APOESMNUGJFLIHA', 'totp', 'SHA1'],
			['Token2', 'user@test', 'KCYYMAB5YTJOPGA4BS53HL2SFXSXLNDS', 'totp', 'SHA1']
		]);
		expect(r.batch?.version).toBe(1);
		expect(r.batch?.size).toBe(1);
		expect(r.batch?.index).toBe(0);
		expect(r.batch?.id).toBeLessThan(0);
	});
});

describe('decodeMigrationPayload — payloads built here', () => {
	it('reads several accounts with non-ASCII names, SHA256 / 8 digits, HOTP with a counter', () => {
		const bytes = payload(
			[
				{
					secret: RFC_SEED,
					name: 'minta123@ugyfelkapu.gov.hu',
					issuer: 'Ügyfélkapu+',
					algorithm: 1,
					digits: 1,
					type: 2
				},
				{ secret: SEED_32, name: 'Őrző Árvíztűrő 🙂', issuer: 'Bank', algorithm: 2, digits: 2, type: 2 },
				{ secret: RFC_SEED, name: 'hotp', algorithm: 3, digits: 2, type: 1, counter: 2 ** 40 + 5 },
				{ secret: Uint8Array.of(1, 2, 3, 4, 5), name: 'md5', algorithm: 4 }
			],
			[...vfield(2, 1), ...vfield(3, 2), ...vfield(4, 1), ...vfield(5, 77)]
		);
		const r = decodeMigrationPayload(bytes);
		expect(r).toEqual({
			ok: true,
			accounts: [
				{
					name: 'minta123@ugyfelkapu.gov.hu',
					issuer: 'Ügyfélkapu+',
					secretBase32: RFC_BASE32,
					algorithm: 'SHA1',
					digits: 6,
					type: 'totp'
				},
				{
					name: 'Őrző Árvíztűrő 🙂',
					issuer: 'Bank',
					secretBase32: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA',
					algorithm: 'SHA256',
					digits: 8,
					type: 'totp'
				},
				{
					name: 'hotp',
					issuer: '',
					secretBase32: RFC_BASE32,
					algorithm: 'SHA512',
					digits: 8,
					type: 'hotp',
					counter: 2 ** 40 + 5
				},
				{ name: 'md5', issuer: '', secretBase32: 'AEBAGBAF', algorithm: 'MD5', digits: 6, type: 'totp' }
			],
			batch: { version: 1, size: 2, index: 1, id: 77 }
		});
		// The base32 written out above is the seed itself (checked with the app's decoder the other way round).
		if (r.ok) expect(base32Decode(r.accounts[1]!.secretBase32)).toEqual(SEED_32);
	});

	it('skips fields it does not know (of every wire type) and accepts the URI form', () => {
		const account = [
			...otpParameters({ secret: RFC_SEED, name: 'a' }),
			...tag(9, 1),
			...[1, 2, 3, 4, 5, 6, 7, 8],
			...tag(10, 5),
			...[1, 2, 3, 4],
			...vfield(11, 300),
			...sfield(12, 'x')
		];
		const bytes = Uint8Array.from([...bfield(1, account), ...sfield(6, 'future')]);
		const r = decodeMigration(toUri(bytes));
		expect(r.ok && r.accounts[0]?.secretBase32).toBe(RFC_BASE32);
	});

	it.each([
		['no bytes at all', new Uint8Array(0), 'empty'],
		['only batch fields', Uint8Array.from(vfield(2, 1)), 'empty'],
		['a length running past the end', Uint8Array.from([0x0a, 0x10, 0x0a, 0x02]), 'truncated'],
		['a varint cut off', Uint8Array.from([0x10, 0x80]), 'truncated'],
		['an eleven-byte varint', Uint8Array.from([0x10, ...Array(10).fill(0xff), 0x01]), 'malformed'],
		['field number 0', Uint8Array.from([0x00, 0x01]), 'malformed'],
		['a group wire type', Uint8Array.from([0x0b]), 'malformed'],
		['accounts as a varint', Uint8Array.from(vfield(1, 5)), 'malformed'],
		['an account without a secret', Uint8Array.from(bfield(1, sfield(2, 'x'))), 'malformed'],
		['an unknown algorithm', payload([{ secret: RFC_SEED, algorithm: 9 }]), 'malformed'],
		['an unknown digit count', payload([{ secret: RFC_SEED, digits: 3 }]), 'malformed'],
		['an unknown type', payload([{ secret: RFC_SEED, type: 7 }]), 'malformed'],
		[
			'a name that is not UTF-8',
			Uint8Array.from(bfield(1, [...bfield(1, RFC_SEED), ...bfield(2, [0xff, 0xfe])])),
			'malformed'
		]
	])('%s → %s', (_, bytes, reason) => {
		expect(decodeMigrationPayload(bytes)).toEqual({ ok: false, reason });
	});

	it('reports every cut-short version of a valid payload as an error, never a partial list', () => {
		const bytes = payload([
			{ secret: RFC_SEED, name: 'a', issuer: 'b', algorithm: 1, digits: 1, type: 2 },
			{ secret: SEED_32, name: 'c', issuer: 'd', algorithm: 2, digits: 2, type: 2 }
		]);
		for (let n = 1; n < bytes.length; n++) {
			const r = decodeMigrationPayload(bytes.subarray(0, n));
			// A cut exactly between the two accounts is a valid one-account export; anything else fails.
			if (r.ok) expect(r.accounts).toHaveLength(1);
			else expect(['truncated', 'malformed']).toContain(r.reason);
		}
	});
});

describe('decodeMigrationUri — the URI around the payload', () => {
	const good = payload([{ secret: RFC_SEED, name: 'x' }]);
	const b64 = Buffer.from(good).toString('base64');
	it.each([
		['otpauth://totp/x?secret=AAAA', 'not-migration'],
		['https://example.com/?data=abc', 'not-migration'],
		['otpauth-migration://offline?foo=1', 'malformed'],
		['otpauth-migration://online?data=' + b64, 'malformed'],
		['otpauth-migration://offline?data=', 'empty'],
		['otpauth-migration://offline?data=%E0%A4%A', 'bad-base64'],
		['otpauth-migration://offline?data=Zm9v!', 'bad-base64'],
		['otpauth-migration://offline?data=A', 'bad-base64'],
		['otpauth-migration://offline?data=CgE', 'truncated']
	])('%s → %s', (uri, reason) => {
		expect(decodeMigrationUri(uri)).toEqual({ ok: false, reason });
	});

	it.each([
		['unescaped base64', `otpauth-migration://offline?data=${b64}`],
		['URL-safe base64 without padding', `OTPAUTH-MIGRATION://offline?data=${Buffer.from(good).toString('base64url')}`],
		['other parameters and spaces around', `  otpauth-migration://offline?x=1&DATA=${encodeURIComponent(b64)}\n`]
	])('accepts %s', (_, uri) => {
		const r = decodeMigrationUri(uri);
		expect(r.ok && r.accounts[0]?.secretBase32).toBe(RFC_BASE32);
	});

	it('base64Decode agrees with Node for any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				const b = Buffer.from(bytes);
				expect(base64Decode(b.toString('base64'))).toEqual(bytes);
				expect(base64Decode(b.toString('base64url'))).toEqual(bytes);
			})
		);
	});
});

const VALID = payload([{ secret: RFC_SEED, name: 'a', issuer: 'b', algorithm: 2, digits: 2, type: 1, counter: 3 }]);

describe('never throws', () => {
	it('on 100,000 random byte strings and URIs', () => {
		// Mostly bytes that start like a real payload, so the reader gets deep into the structure.
		const bytes = fc.oneof(
			fc.uint8Array({ maxLength: 48 }),
			fc.uint8Array({ maxLength: 40 }).map((tail) => Uint8Array.from([0x0a, tail.length, ...tail])),
			fc
				.tuple(fc.uint8Array({ maxLength: 24 }), fc.nat(40))
				.map(([tail, cut]) => Uint8Array.from([...VALID.subarray(0, cut), ...tail]))
		);
		fc.assert(
			fc.property(bytes, (b) => {
				// Plain checks rather than expect(): a hundred thousand runs must stay fast.
				const r = decodeMigrationPayload(b);
				const u = decodeMigrationUri(`otpauth-migration://offline?data=${Buffer.from(b).toString('base64')}`);
				return u.ok === r.ok && (r.ok ? r.accounts.length > 0 : typeof r.reason === 'string');
			}),
			{ numRuns: 70_000 }
		);
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (s) => {
				const a = decodeMigration(`otpauth-migration://offline?data=${s}`);
				return typeof a.ok === 'boolean' && decodeMigration(s).ok === false;
			}),
			{ numRuns: 30_000 }
		);
	}, 60_000);
});
