import { createHmac } from 'node:crypto';

// An independent TOTP for the tests (node:crypto), never the app's own code.

/** RFC 6238 Appendix B: the SHA-1 test key is the ASCII string "12345678901234567890". */
export const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');
/** The same 20 bytes in base32 (RFC 4648). */
export const RFC_KEY = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
/** The same key typed the way a person might: lower case, spaces and a hyphen. */
export const RFC_KEY_TYPED = 'gezd gnbv-gy3t qojq gezd gnbv gy3t qojq';

/** RFC 4226 HOTP (HMAC-SHA1, 6 digits) of a counter, for the RFC key unless another secret is given. */
export function totp(counter: number, secret: Buffer = RFC_SECRET): string {
	const message = Buffer.alloc(8);
	message.writeBigUInt64BE(BigInt(counter));
	const mac = createHmac('sha1', secret).update(message).digest();
	const offset = mac[19]! & 0x0f;
	const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
	return String(binary % 1_000_000).padStart(6, '0');
}

/** The 30-second step that contains a unix time in milliseconds. */
export const stepAt = (unixMs: number) => Math.floor(unixMs / 30_000);

/** The code as authenticator apps show it: "123 456". */
export const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

/** Unix seconds to milliseconds. */
export const at = (unixSeconds: number) => unixSeconds * 1000;
