import { DEFAULT_WINDOW, normalizeCode, type MatchResult } from '$lib/otp/compare';
import { counterAt, hotp } from '$lib/otp/totp';

/** A code read off a phone is typed within this long; an older start of typing is not believed. */
export const MAX_READING_MS = 60_000;
/** The server's time is known to about half a second (its Date header has whole seconds): a code valid this close is right. */
export const TIME_TOLERANCE_MS = 500;

/** When the user read the code: this device's clock when typing began and when the check was asked for. */
export type Reading = { startedAt: number; checkedAt: number };

/**
 * Diagnoses the phone from the code it showed, at the server's time (this device's clock minus `correctionMs`).
 * Any code valid while the user was typing it counts as a match, so a code that changed during typing is not
 * blamed on the phone. Otherwise the nearest step that shows the code gives the phone's clock error:
 * `{ kind: 'offset', steps: k }` means the phone is k × 30 s ahead (negative: behind). Never throws.
 */
export function diagnose(
	key: string,
	typed: string,
	reading: Reading,
	correctionMs: number,
	window = DEFAULT_WINDOW
): MatchResult {
	const code = normalizeCode(typed);
	if (code === null) return { kind: 'invalid-code' };
	const checked = reading.checkedAt - correctionMs;
	const started = Math.min(checked, Math.max(reading.startedAt - correctionMs, checked - MAX_READING_MS));
	const first = counterAt(started);
	const last = counterAt(checked);
	const from = Math.max(0, counterAt(started - TIME_TOLERANCE_MS));
	for (let c = from; c <= counterAt(checked + TIME_TOLERANCE_MS); c++)
		if (hotp(key, c) === code) return { kind: 'match' };
	// Nearest steps first, so a coincidental match further away never hides the real, smaller clock error. A phone
	// ahead is measured from the moment of checking, a phone behind from the start of typing.
	for (let k = 1; k <= window; k++) {
		if (hotp(key, last + k) === code) return { kind: 'offset', steps: k };
		if (first - k >= 0 && hotp(key, first - k) === code) return { kind: 'offset', steps: -k };
	}
	return { kind: 'no-match' };
}
