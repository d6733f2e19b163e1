import { counterAt, DIGITS, hotp, PERIOD } from './totp';

/** Result of comparing a code from the user's phone with the code this app computes. */
export type MatchResult =
	{ kind: 'match' } | { kind: 'offset'; steps: number } | { kind: 'no-match' } | { kind: 'invalid-code' };

/** Default number of 30-second steps searched on each side: ±5 minutes covers a typically mis-set phone clock. */
export const DEFAULT_WINDOW = 10;

/** What a typed code is: the 6-digit code, or why it is not one (for a message that says what to fix). */
export type CodeInput =
	| { kind: 'code'; code: string }
	| { kind: 'empty' }
	/** Characters other than 0–9, each once, in the order typed. */
	| { kind: 'not-digits'; chars: string[] }
	/** Only digits, but not 6 of them. */
	| { kind: 'wrong-length'; digits: number };

/** Removes spaces (apps often show "123 456") and says whether the rest is a 6-digit code. Never throws. */
export function inspectCode(input: string): CodeInput {
	const code = String(input ?? '').replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '');
	if (code === '') return { kind: 'empty' };
	const chars = [...new Set(Array.from(code).filter((c) => c < '0' || c > '9'))];
	if (chars.length > 0) return { kind: 'not-digits', chars };
	return code.length === DIGITS ? { kind: 'code', code } : { kind: 'wrong-length', digits: code.length };
}

/** Removes spaces (apps often show "123 456") and returns the 6-digit code, or null if it is not one. */
export function normalizeCode(input: string): string | null {
	const typed = inspectCode(input);
	return typed.kind === 'code' ? typed.code : null;
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
