import { describe, expect, test } from 'vitest';
import { clockVerdict, estimateClockOffset, parseDateHeader } from './clock-offset';

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
	test('up to 5 s, plus the rounding of the header and the round trip, is fine', () => {
		expect(clockVerdict({ offsetMs: 0, uncertaintyMs: 500 })).toEqual({ kind: 'fine' });
		expect(clockVerdict({ offsetMs: 5000, uncertaintyMs: 500 })).toEqual({ kind: 'fine' });
		expect(clockVerdict({ offsetMs: -5500, uncertaintyMs: 500 })).toEqual({ kind: 'fine' });
		expect(clockVerdict({ offsetMs: 6000, uncertaintyMs: 1000 })).toEqual({ kind: 'fine' });
	});
	test('beyond that, ahead or behind with whole seconds', () => {
		expect(clockVerdict({ offsetMs: 5600, uncertaintyMs: 500 })).toEqual({ kind: 'ahead', seconds: 6 });
		expect(clockVerdict({ offsetMs: -12_345, uncertaintyMs: 600 })).toEqual({ kind: 'behind', seconds: 12 });
		expect(clockVerdict({ offsetMs: 3_600_000, uncertaintyMs: 500 })).toEqual({ kind: 'ahead', seconds: 3600 });
	});
});
