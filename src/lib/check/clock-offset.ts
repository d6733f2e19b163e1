/** How far this device's clock may be off before the page says so (the code is corrected either way). */
export const CLOCK_TOLERANCE_MS = 15_000;
/** A slower round trip than this says too little about the server's time to judge the clock. */
export const MAX_ROUND_TRIP_MS = 5000;

/** What a same-origin request says about this device's clock: positive offset = this device is ahead. */
export type ClockEstimate = { offsetMs: number; uncertaintyMs: number };

/** Verdict on this device's clock for the UI. */
export type ClockVerdict = { kind: 'fine' } | { kind: 'ahead' | 'behind'; seconds: number } | { kind: 'unknown' };

/** Reads an HTTP `Date` header (IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT") as unix ms; null if absent or unreadable. */
export function parseDateHeader(value: string | null | undefined): number | null {
	if (typeof value !== 'string' || !/GMT\s*$/i.test(value)) return null;
	const ms = Date.parse(value);
	return Number.isFinite(ms) ? ms : null;
}

/** Estimates this device's clock offset from a `Date` header and the local times just before and after the request. */
export function estimateClockOffset(input: {
	sentAt: number;
	receivedAt: number;
	dateHeader: string | null | undefined;
}): ClockEstimate | null {
	const server = parseDateHeader(input.dateHeader);
	const { sentAt, receivedAt } = input;
	if (server === null || !Number.isFinite(sentAt) || !Number.isFinite(receivedAt) || receivedAt < sentAt) return null;
	if (receivedAt - sentAt > MAX_ROUND_TRIP_MS) return null;
	// The header is truncated to the whole second, so the server's true time lay somewhere in [D, D + 1 s);
	// assume it was stamped half-way through the round trip and half-way through that second.
	const localMid = (sentAt + receivedAt) / 2;
	return { offsetMs: localMid - (server + 500), uncertaintyMs: (receivedAt - sentAt) / 2 + 500 };
}

/**
 * What to subtract from this device's clock to get the server's time: the estimated offset, or 0 when the offset
 * is within what the measurement can tell (the header has whole seconds), so a right clock is never "corrected".
 */
export function clockCorrection(estimate: ClockEstimate | null): number {
	if (estimate === null || Math.abs(estimate.offsetMs) <= estimate.uncertaintyMs) return 0;
	return Math.round(estimate.offsetMs);
}

/** Turns an estimate into fine / ahead / behind; only an offset beyond the tolerance even at the edge of the uncertainty is reported. */
export function clockVerdict(estimate: ClockEstimate | null): ClockVerdict {
	if (estimate === null) return { kind: 'unknown' };
	const size = Math.abs(estimate.offsetMs);
	if (size - estimate.uncertaintyMs <= CLOCK_TOLERANCE_MS) return { kind: 'fine' };
	return { kind: estimate.offsetMs > 0 ? 'ahead' : 'behind', seconds: Math.round(size / 1000) };
}
