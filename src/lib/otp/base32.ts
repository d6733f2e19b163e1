/** RFC 4648 base32 alphabet (A–Z, 2–7), the only characters a TOTP key may contain. */
export const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// Reverse lookup table; -1 marks characters outside the alphabet.
const DECODE_TABLE: Int8Array = (() => {
	const table = new Int8Array(128).fill(-1);
	for (let i = 0; i < BASE32_ALPHABET.length; i++) table[BASE32_ALPHABET.charCodeAt(i)] = i;
	return table;
})();

/** True when `c` is exactly one uppercase base32 character. */
export function isBase32Char(c: string): boolean {
	if (c.length !== 1) return false;
	const code = c.charCodeAt(0);
	return code < 128 && DECODE_TABLE[code] !== -1;
}

/** Decodes unpadded uppercase base32; null for any character, length or trailing-bit pattern no encoder can produce. */
export function base32Decode(s: string): Uint8Array | null {
	// Lengths 1, 3 and 6 (mod 8) carry too few bits for a whole extra byte, so no byte string encodes to them.
	const rem = s.length % 8;
	if (rem === 1 || rem === 3 || rem === 6) return null;

	const out = new Uint8Array(Math.floor((s.length * 5) / 8));
	let buffer = 0;
	let bits = 0;
	let index = 0;
	for (let i = 0; i < s.length; i++) {
		const code = s.charCodeAt(i);
		const value = code < 128 ? (DECODE_TABLE[code] ?? -1) : -1;
		if (value === -1) return null;
		// Keep only the bits not yet emitted so the accumulator never overflows 32 bits.
		buffer = ((buffer << 5) | value) & 0xffff;
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			out[index++] = (buffer >>> bits) & 0xff;
		}
	}
	// Non-zero leftover bits mean a mistyped last character: a canonical encoding always pads with zeros.
	if ((buffer & ((1 << bits) - 1)) !== 0) return null;
	return out;
}

/** Encodes bytes as unpadded uppercase base32 (the form authenticator apps accept everywhere). */
export function base32Encode(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = ((buffer << 8) | byte) & 0xffff;
		bits += 8;
		while (bits >= 5) {
			bits -= 5;
			out += BASE32_ALPHABET[(buffer >>> bits) & 31];
		}
	}
	if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
	return out;
}
