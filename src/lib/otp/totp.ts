import { HOTP, Secret } from 'otpauth';
import { base32Decode } from './base32';

/** Seconds each Ügyfélkapu+ code is valid for. */
export const PERIOD = 30;
/** Number of digits in an Ügyfélkapu+ code. */
export const DIGITS = 6;

const PERIOD_MS = PERIOD * 1000;

// Callers pass keys that normalizeKey already accepted, so a bad key here is a programming error, not user input.
function secretOf(key: string): Secret {
	const bytes = base32Decode(key);
	if (bytes === null) throw new RangeError('otp: key is not normalized base32');
	return new Secret({ buffer: bytes.buffer as ArrayBuffer });
}

/** RFC 4226 HOTP (HMAC-SHA1) code for a normalized base32 key and a counter value. */
export function hotp(key: string, counter: number, digits = DIGITS): string {
	return HOTP.generate({ secret: secretOf(key), algorithm: 'SHA1', digits, counter });
}

/** TOTP time step (30 s) that contains the given unix time in milliseconds. */
export function counterAt(unixMs: number): number {
	// Integer milliseconds avoid float error at boundaries (59.999 s must stay in step 1).
	return Math.floor(unixMs / PERIOD_MS);
}

/** RFC 6238 TOTP code (HMAC-SHA1, 30 s) a correctly-set phone shows at the given unix time in milliseconds. */
export function totpAt(key: string, unixMs: number, digits = DIGITS): string {
	return hotp(key, counterAt(unixMs), digits);
}

/** Whole seconds (1–30) until the code changes: the remaining time rounded up, so exactly 30 at a step boundary. */
export function secondsLeft(unixMs: number): number {
	// Modulo that stays positive for times before 1970, which a badly set clock can produce.
	const into = ((unixMs % PERIOD_MS) + PERIOD_MS) % PERIOD_MS;
	return Math.ceil((PERIOD_MS - into) / 1000);
}
