import { describe, expect, test } from 'vitest';
import { clockCorrection, clockVerdict, estimateClockOffset, parseDateHeader } from './clock-offset';

// 2024-01-15T10:00:00Z, written out by hand rather than produced by Date.
const HEADER = 'Mon, 15 Jan 2024 10:00:00 GMT';
const SERVER = 1_705_312_800_000;

describe('parseDateHeader', () => {
	test('reads an IMF-fixdate header', () => {
		expect(parseDateHeader(HEADER)).toBe(SERVER);
	});
	test.each([null, undefined, '', 'yesterday', 'Mon, 15 Jan 2024 10:00:00', 'Mon, 99 Foo 2024 10:00:00 GMT'])(
		'rejects %j',
		(value) => {
			expect(parseDateHeader(value)).toBeNull();
		}
	);
});

describe('estimateClockOffset', () => {
	test('a device exactly in step with the server comes out at (about) zero', () => {
		// Request stamped 10:00:00.5 local time both ways: the header says 10:00:00, the midpoint of that second.
		const e = estimateClockOffset({ sentAt: SERVER + 400, receivedAt: SERVER + 600, dateHeader: HEADER });
		expect(e).toEqual({ offsetMs: 0, uncertaintyMs: 600 });
	});
	test('a device 10 s ahead', () => {
		const e = estimateClockOffset({ sentAt: SERVER + 10_400, receivedAt: SERVER + 10_600, dateHeader: HEADER });
		expect(e?.offsetMs).toBe(10_000);
	});
	test('a device 2 minutes behind', () => {
		const e = estimateClockOffset({ sentAt: SERVER - 119_600, receivedAt: SERVER - 119_400, dateHeader: HEADER });
		expect(e?.offsetMs).toBe(-120_000);
	});
	test('no usable header, a negative or a very slow round trip gives no estimate', () => {
		expect(estimateClockOffset({ sentAt: SERVER, receivedAt: SERVER + 100, dateHeader: null })).toBeNull();
		expect(estimateClockOffset({ sentAt: SERVER, receivedAt: SERVER - 1, dateHeader: HEADER })).toBeNull();
		expect(estimateClockOffset({ sentAt: SERVER, receivedAt: SERVER + 6000, dateHeader: HEADER })).toBeNull();
	});
});

describe('clockVerdict', () => {
	test('unknown without an estimate', () => {
		expect(clockVerdict(null)).toEqual({ kind: 'unknown' });
	});
	test('up to 15 s, plus the rounding of the header and the round trip, is not worth a word', () => {
		expect(clockVerdict({ offsetMs: 0, uncertaintyMs: 500 })).toEqual({ kind: 'fine' });
		expect(clockVerdict({ offsetMs: 15_000, uncertaintyMs: 500 })).toEqual({ kind: 'fine' });
		expect(clockVerdict({ offsetMs: -15_500, uncertaintyMs: 500 })).toEqual({ kind: 'fine' });
		expect(clockVerdict({ offsetMs: 16_000, uncertaintyMs: 1000 })).toEqual({ kind: 'fine' });
	});
	test('beyond that, ahead or behind with whole seconds', () => {
		expect(clockVerdict({ offsetMs: 15_600, uncertaintyMs: 500 })).toEqual({ kind: 'ahead', seconds: 16 });
		expect(clockVerdict({ offsetMs: 90_000, uncertaintyMs: 600 })).toEqual({ kind: 'ahead', seconds: 90 });
		expect(clockVerdict({ offsetMs: -32_345, uncertaintyMs: 600 })).toEqual({ kind: 'behind', seconds: 32 });
		expect(clockVerdict({ offsetMs: 3_600_000, uncertaintyMs: 500 })).toEqual({ kind: 'ahead', seconds: 3600 });
	});
});

describe('clockCorrection', () => {
	test('nothing to correct without an estimate', () => {
		expect(clockCorrection(null)).toBe(0);
	});
	test('a right clock is never corrected: the header has whole seconds, so ±1 s is within the measurement', () => {
		// A right clock, the request stamped anywhere within the header's second: the estimate stays inside its uncertainty.
		for (const into of [0, 250, 500, 750, 999]) {
			const e = estimateClockOffset({
				sentAt: SERVER + into - 100,
				receivedAt: SERVER + into + 100,
				dateHeader: HEADER
			});
			expect(e).not.toBeNull();
			expect(clockCorrection(e)).toBe(0);
		}
	});
	test('a clock 90 s fast or 2 minutes slow is corrected by its offset', () => {
		const fast = estimateClockOffset({ sentAt: SERVER + 90_400, receivedAt: SERVER + 90_600, dateHeader: HEADER });
		expect(clockCorrection(fast)).toBe(90_000);
		const slow = estimateClockOffset({ sentAt: SERVER - 119_600, receivedAt: SERVER - 119_400, dateHeader: HEADER });
		expect(clockCorrection(slow)).toBe(-120_000);
	});
});
