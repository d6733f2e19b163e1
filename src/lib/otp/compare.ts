import { counterAt, DIGITS, hotp, PERIOD } from './totp';

/** Result of comparing a code from the user's phone with the code this app computes. */
export type MatchResult =
	{ kind: 'match' } | { kind: 'offset'; steps: number } | { kind: 'no-match' } | { kind: 'invalid-code' };

/** Default number of 30-second steps searched on each side: ±5 minutes covers a typically mis-set phone clock. */
export const DEFAULT_WINDOW = 10;

const CODE_PATTERN = new RegExp(`^[0-9]{${DIGITS}}$`);

/** Removes spaces (apps often show "123 456") and returns the 6-digit code, or null if it is not one. */
export function normalizeCode(input: string): string | null {
	const code = String(input ?? '').replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '');
	return CODE_PATTERN.test(code) ? code : null;
}

/** Compares a typed code with ours at `unixMs`; an offset of +k means the other device is k steps ahead. */
export function matchCode(key: string, code: string, unixMs: number, window = DEFAULT_WINDOW): MatchResult {
	const typed = normalizeCode(code);
	if (typed === null) return { kind: 'invalid-code' };
	const now = counterAt(unixMs);
	if (hotp(key, now) === typed) return { kind: 'match' };
	// Nearest steps first, so a coincidental match further away never hides the real, smaller clock error;
	// on an exact tie (one in a million) 'ahead' is reported.
	for (let k = 1; k <= window; k++) {
		if (hotp(key, now + k) === typed) return { kind: 'offset', steps: k };
		if (now - k >= 0 && hotp(key, now - k) === typed) return { kind: 'offset', steps: -k };
	}
	return { kind: 'no-match' };
}

/** Turns an offset in steps into a direction and a number of seconds (|steps| × 30) for the UI. */
export function describeOffset(steps: number): { direction: 'ahead' | 'behind'; seconds: number } {
	return { direction: steps < 0 ? 'behind' : 'ahead', seconds: Math.abs(steps) * PERIOD };
}
