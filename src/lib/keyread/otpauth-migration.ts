/**
 * Google Authenticator's transfer QR (`otpauth-migration://offline?data=…`): base64 of a protobuf `MigrationPayload`.
 * A hand-written reader of the few protobuf rules the payload uses (varints and length-delimited fields), so no
 * protobuf library is downloaded. Pure and total: any input gives a typed result, nothing throws.
 *
 * Schema (the same in every public re-implementation, e.g. the dim13/otpauth and 2FAGuard importers):
 *   MigrationPayload { 1 repeated OtpParameters; 2 version; 3 batch_size; 4 batch_index; 5 batch_id }
 *   OtpParameters    { 1 secret bytes; 2 name; 3 issuer; 4 algorithm; 5 digits; 6 type; 7 counter int64 }
 *   algorithm 0 unspecified, 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5 · digits 0 unspecified, 1 six, 2 eight ·
 *   type 0 unspecified, 1 HOTP, 2 TOTP. Unspecified means Google's defaults: SHA1, six digits, TOTP.
 */
import { base32Encode } from '$lib/otp/base32';

/** Hash algorithm an exported account uses. */
export type MigrationAlgorithm = 'SHA1' | 'SHA256' | 'SHA512' | 'MD5';

/** One account of an export, its secret re-encoded as unpadded upper-case base32. */
export type MigrationAccount = {
	name: string;
	issuer: string;
	secretBase32: string;
	algorithm: MigrationAlgorithm;
	digits: 6 | 8;
	type: 'totp' | 'hotp';
	counter?: number;
};

/** An export too large for one QR code is split into a batch of several codes. */
export type MigrationBatch = { version?: number; size?: number; index?: number; id?: number };

/** Why an input is not a readable export. */
export type MigrationError = 'not-migration' | 'bad-base64' | 'truncated' | 'malformed' | 'empty';

/** Outcome of decoding an export. */
export type MigrationResult =
	{ ok: true; accounts: MigrationAccount[]; batch?: MigrationBatch } | { ok: false; reason: MigrationError };

const ALGORITHMS: Record<number, MigrationAlgorithm> = { 0: 'SHA1', 1: 'SHA1', 2: 'SHA256', 3: 'SHA512', 4: 'MD5' };
const DIGITS: Record<number, 6 | 8> = { 0: 6, 1: 6, 2: 8 };
const TYPES: Record<number, 'totp' | 'hotp'> = { 0: 'totp', 1: 'hotp', 2: 'totp' };

// Thrown only inside this module and always caught in decodeMigrationPayload: it keeps the reader short.
class Stop {
	constructor(readonly reason: 'truncated' | 'malformed') {}
}

/** A varint as its low and high 32 bits (both unsigned): int32 and int64 fields need different views of it. */
type Varint = { lo: number; hi: number };

class Reader {
	pos = 0;
	constructor(
		private readonly bytes: Uint8Array,
		private readonly end = bytes.length
	) {}

	get done(): boolean {
		return this.pos >= this.end;
	}

	varint(): Varint {
		let lo = 0;
		let hi = 0;
		for (let i = 0; i < 10; i++) {
			if (this.pos >= this.end) throw new Stop('truncated');
			const b = this.bytes[this.pos++] ?? 0;
			const bits = b & 0x7f;
			if (i < 4) lo |= bits << (7 * i);
			else if (i === 4) {
				lo |= (bits & 0x0f) << 28;
				hi |= bits >>> 4;
			} else hi |= bits << (7 * i - 32);
			if (b < 0x80) {
				// The tenth byte may carry only the 64th bit.
				if (i === 9 && b > 1) throw new Stop('malformed');
				return { lo: lo >>> 0, hi: hi >>> 0 };
			}
		}
		throw new Stop('malformed');
	}

	bytesField(): Uint8Array {
		const { lo, hi } = this.varint();
		if (hi !== 0 || lo > this.end - this.pos) throw new Stop('truncated');
		const out = this.bytes.subarray(this.pos, this.pos + lo);
		this.pos += lo;
		return out;
	}

	skip(wireType: number): void {
		if (wireType === 0) this.varint();
		else if (wireType === 2) this.bytesField();
		else if (wireType === 1 || wireType === 5) {
			const size = wireType === 1 ? 8 : 4;
			if (size > this.end - this.pos) throw new Stop('truncated');
			this.pos += size;
		} else throw new Stop('malformed'); // groups (3, 4) and 6, 7 never occur in this schema
	}

	/** Next field header, or null at the end. */
	tag(): { field: number; wireType: number } | null {
		if (this.done) return null;
		const { lo, hi } = this.varint();
		const field = lo >>> 3;
		if (hi !== 0 || field === 0) throw new Stop('malformed');
		return { field, wireType: lo & 7 };
	}
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function text(bytes: Uint8Array): string {
	try {
		return utf8.decode(bytes);
	} catch {
		throw new Stop('malformed');
	}
}

function int32(v: Varint): number {
	return v.lo | 0;
}

function expectWire(actual: number, expected: number): void {
	if (actual !== expected) throw new Stop('malformed');
}

function enumValue<T>(table: Record<number, T>, v: Varint): T {
	const value = v.hi === 0 ? table[v.lo] : undefined;
	if (value === undefined) throw new Stop('malformed');
	return value;
}

function readAccount(bytes: Uint8Array): MigrationAccount {
	const r = new Reader(bytes);
	let secret: Uint8Array | null = null;
	const account: MigrationAccount = {
		name: '',
		issuer: '',
		secretBase32: '',
		algorithm: 'SHA1',
		digits: 6,
		type: 'totp'
	};
	let counter: number | undefined;
	for (let tag = r.tag(); tag; tag = r.tag()) {
		const { field, wireType } = tag;
		if (field === 1) {
			expectWire(wireType, 2);
			secret = r.bytesField();
		} else if (field === 2 || field === 3) {
			expectWire(wireType, 2);
			account[field === 2 ? 'name' : 'issuer'] = text(r.bytesField());
		} else if (field === 4) {
			expectWire(wireType, 0);
			account.algorithm = enumValue(ALGORITHMS, r.varint());
		} else if (field === 5) {
			expectWire(wireType, 0);
			account.digits = enumValue(DIGITS, r.varint());
		} else if (field === 6) {
			expectWire(wireType, 0);
			account.type = enumValue(TYPES, r.varint());
		} else if (field === 7) {
			expectWire(wireType, 0);
			const { lo, hi } = r.varint();
			// A counter beyond 2^53 cannot be a real one (and would lose precision as a number).
			if (hi >= 0x200000) throw new Stop('malformed');
			counter = hi * 0x100000000 + lo;
		} else r.skip(wireType);
	}
	// An account without a secret cannot make codes: the export is damaged.
	if (!secret || secret.length === 0) throw new Stop('malformed');
	account.secretBase32 = base32Encode(secret);
	if (account.type === 'hotp') account.counter = counter ?? 0;
	return account;
}

/** Decodes the protobuf bytes of an export into its accounts; never throws. */
export function decodeMigrationPayload(bytes: Uint8Array): MigrationResult {
	try {
		if (!(bytes instanceof Uint8Array)) return { ok: false, reason: 'malformed' };
		const r = new Reader(bytes);
		const accounts: MigrationAccount[] = [];
		const batch: MigrationBatch = {};
		const batchFields = { 2: 'version', 3: 'size', 4: 'index', 5: 'id' } as const;
		for (let tag = r.tag(); tag; tag = r.tag()) {
			const { field, wireType } = tag;
			if (field === 1) {
				expectWire(wireType, 2);
				accounts.push(readAccount(r.bytesField()));
			} else if (field === 2 || field === 3 || field === 4 || field === 5) {
				expectWire(wireType, 0);
				batch[batchFields[field]] = int32(r.varint());
			} else r.skip(wireType);
		}
		if (accounts.length === 0) return { ok: false, reason: 'empty' };
		return Object.keys(batch).length > 0 ? { ok: true, accounts, batch } : { ok: true, accounts };
	} catch (e) {
		if (e instanceof Stop) return { ok: false, reason: e.reason };
		return { ok: false, reason: 'malformed' };
	}
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES: Int8Array = (() => {
	const table = new Int8Array(128).fill(-1);
	for (let i = 0; i < BASE64.length; i++) table[BASE64.charCodeAt(i)] = i;
	// The URL-safe alphabet, which some exporters use.
	table['-'.charCodeAt(0)] = 62;
	table['_'.charCodeAt(0)] = 63;
	return table;
})();

/** Standard or URL-safe base64, padded or not; null for anything else. */
export function base64Decode(input: string): Uint8Array | null {
	// A '+' that was not percent-encoded arrives as a space after form-style decoding.
	const s = input.replace(/ /g, '+').replace(/=+$/, '');
	if (s.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((s.length * 3) / 4));
	let buffer = 0;
	let bits = 0;
	let index = 0;
	for (let i = 0; i < s.length; i++) {
		const code = s.charCodeAt(i);
		const value = code < 128 ? (BASE64_VALUES[code] ?? -1) : -1;
		if (value === -1) return null;
		buffer = ((buffer << 6) | value) & 0xffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[index++] = (buffer >>> bits) & 0xff;
		}
	}
	return out;
}

const MIGRATION_URI = /^otpauth-migration:\/\/offline\/?\?(.*)$/is;

/** True when the text is meant to be an export (the scheme matches), whether or not it can be decoded. */
export function isMigrationUri(input: string): boolean {
	return typeof input === 'string' && /^otpauth-migration:/i.test(input.trim());
}

/** Decodes an `otpauth-migration://offline?data=…` URI into its accounts; never throws. */
export function decodeMigrationUri(uri: string): MigrationResult {
	if (typeof uri !== 'string' || !isMigrationUri(uri)) return { ok: false, reason: 'not-migration' };
	const m = MIGRATION_URI.exec(uri.trim());
	if (!m) return { ok: false, reason: 'malformed' };
	const query = (m[1] ?? '').replace(/#.*$/s, '');
	let data: string | null = null;
	for (const part of query.split('&')) {
		const eq = part.indexOf('=');
		if (eq !== -1 && part.slice(0, eq).toLowerCase() === 'data') {
			data = part.slice(eq + 1);
			break;
		}
	}
	if (data === null) return { ok: false, reason: 'malformed' };
	let decoded: string;
	try {
		decoded = decodeURIComponent(data);
	} catch {
		return { ok: false, reason: 'bad-base64' };
	}
	if (decoded.trim() === '') return { ok: false, reason: 'empty' };
	const bytes = base64Decode(decoded.trim());
	if (bytes === null) return { ok: false, reason: 'bad-base64' };
	return decodeMigrationPayload(bytes);
}

/** Decodes an export given as its protobuf bytes or as the URI text; never throws. */
export function decodeMigration(input: Uint8Array | string): MigrationResult {
	return typeof input === 'string' ? decodeMigrationUri(input) : decodeMigrationPayload(input);
}
