import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { clockCorrection, estimateClockOffset } from './clock-offset';
import { diagnose, TIME_TOLERANCE_MS } from './diagnosis';

// RFC 6238 Appendix B SHA-1 secret: the ASCII bytes "12345678901234567890", in base32 (RFC 4648).
const SECRET = Buffer.from('12345678901234567890', 'ascii');
const KEY = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

/** An independent RFC 4226 HOTP (HMAC-SHA1, 6 digits), not the app's code. */
function code(counter: number): string {
	const message = Buffer.alloc(8);
	message.writeBigUInt64BE(BigInt(counter));
	const mac = createHmac('sha1', SECRET).update(message).digest();
	const offset = mac[19]! & 0x0f;
	const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
	return String(binary % 1_000_000).padStart(6, '0');
}
const step = (ms: number) => Math.floor(ms / 30_000);

test('the independent HOTP agrees with RFC 6238 Appendix B (last six digits)', () => {
	expect(code(step(59_000))).toBe('287082');
	expect(code(step(1_111_111_109_000))).toBe('081804');
	expect(code(step(1_111_111_111_000))).toBe('050471');
	expect(code(step(1_234_567_890_000))).toBe('005924');
	expect(code(step(2_000_000_000_000))).toBe('279037');
});

// 1111111080 s starts a step (37037036); the table looks at 29, 30 and 59 s after it, on and around the boundaries.
const STEP_START = 1_111_111_080_000;
const MOMENTS = [0, 1_000, 29_000, 29_999, 30_000, 59_000, 59_999];
const DEVICE_OFFSETS_S = [-300, -120, -90, -59, -31, -30, -29, -16, -1, 0, 1, 15, 29, 30, 31, 59, 90, 120, 300];

test('sanity: the codes around the table are pairwise distinct, so every expectation below is unambiguous', () => {
	const first = step(STEP_START) - 12;
	const codes = new Set(Array.from({ length: 27 }, (_, i) => code(first + i)));
	expect(codes.size).toBe(27);
});

describe('diagnose: this device off by −300…+300 s (measured), the phone off by −10…+10 steps', () => {
	for (const into of MOMENTS) {
		for (const deviceS of DEVICE_OFFSETS_S) {
			test(`${into / 1000} s into the step, this device ${deviceS} s off`, () => {
				const serverTime = STEP_START + into;
				const deviceTime = serverTime + deviceS * 1000;
				for (let phoneSteps = -10; phoneSteps <= 10; phoneSteps++) {
					// A phone whose clock is phoneSteps × 30 s off shows the code of that many steps later.
					const shown = step(serverTime + phoneSteps * 30_000);
					const got = diagnose(KEY, code(shown), { startedAt: deviceTime, checkedAt: deviceTime }, deviceS * 1000);
					// Right if the code was valid within half a second of the server's time (the header's resolution).
					const right = shown >= step(serverTime - TIME_TOLERANCE_MS) && shown <= step(serverTime + TIME_TOLERANCE_MS);
					expect(got, `phone ${phoneSteps} steps`).toEqual(
						right ? { kind: 'match' } : { kind: 'offset', steps: phoneSteps }
					);
				}
			});
		}
	}

	test('away from boundaries a right phone matches and a phone one step off is one step off, for every device offset', () => {
		for (const deviceS of DEVICE_OFFSETS_S) {
			const serverTime = STEP_START + 15_000;
			const t = serverTime + deviceS * 1000;
			const reading = { startedAt: t, checkedAt: t };
			expect(diagnose(KEY, code(step(serverTime)), reading, deviceS * 1000)).toEqual({ kind: 'match' });
			expect(diagnose(KEY, code(step(serverTime) - 2), reading, deviceS * 1000)).toEqual({ kind: 'offset', steps: -2 });
		}
	});
});

describe('diagnose: what the issue reported', () => {
	test('this computer 90 s fast, the phone right: the phone is right (the old page blamed the phone)', () => {
		const serverTime = STEP_START + 10_000;
		// The correction as the page measures it: a HEAD request stamped by this clock, a Date header by the server's.
		const header = new Date(Math.floor(serverTime / 1000) * 1000).toUTCString();
		const sentAt = serverTime + 90_000 - 80;
		const estimate = estimateClockOffset({ sentAt, receivedAt: sentAt + 160, dateHeader: header });
		const correction = clockCorrection(estimate);
		expect(Math.abs(correction - 90_000)).toBeLessThanOrEqual(1000);
		const t = serverTime + 90_000;
		expect(diagnose(KEY, code(step(serverTime)), { startedAt: t, checkedAt: t }, correction)).toEqual({
			kind: 'match'
		});
		// Without the correction the same code looks three steps behind: the bug.
		expect(diagnose(KEY, code(step(serverTime)), { startedAt: t, checkedAt: t }, 0)).toEqual({
			kind: 'offset',
			steps: -3
		});
	});

	test('this computer right, the phone 60 s slow: two steps behind', () => {
		const t = STEP_START + 12_000;
		expect(diagnose(KEY, code(step(t - 60_000)), { startedAt: t, checkedAt: t }, 0)).toEqual({
			kind: 'offset',
			steps: -2
		});
	});
});

describe('diagnose: typing takes time', () => {
	test('a code read just before it changed and typed after is still a match', () => {
		const readAt = STEP_START + 28_000;
		const typedAt = STEP_START + 36_000;
		expect(diagnose(KEY, code(step(readAt)), { startedAt: readAt, checkedAt: typedAt }, 0)).toEqual({
			kind: 'match'
		});
	});
	test('a typing start more than a minute back is not believed', () => {
		const t = STEP_START + 100_000;
		expect(diagnose(KEY, code(step(t - 120_000)), { startedAt: t - 120_000, checkedAt: t }, 0)).toEqual({
			kind: 'offset',
			steps: -2
		});
	});
});

describe('diagnose: codes that are not from this key', () => {
	test('a code from none of the 21 steps around now: no match (wrong key, wrong row or a new key)', () => {
		const t = STEP_START + 5_000;
		const near = new Set(Array.from({ length: 21 }, (_, i) => code(step(t) - 10 + i)));
		const wrong = ['000000', '111111', '123456', '999999'].find((c) => !near.has(c))!;
		expect(diagnose(KEY, wrong, { startedAt: t, checkedAt: t }, 0)).toEqual({ kind: 'no-match' });
		expect(diagnose(KEY, code(step(t) + 11), { startedAt: t, checkedAt: t }, 0)).toEqual({ kind: 'no-match' });
	});
	test.each(['', '12345', '1234567', 'abc def'])('%j is not a code', (typed) => {
		expect(diagnose(KEY, typed, { startedAt: 0, checkedAt: 0 }, 0)).toEqual({ kind: 'invalid-code' });
	});
	test('spaces as apps show them are fine', () => {
		const t = STEP_START + 5_000;
		const c = code(step(t));
		expect(diagnose(KEY, `${c.slice(0, 3)} ${c.slice(3)}`, { startedAt: t, checkedAt: t }, 0)).toEqual({
			kind: 'match'
		});
	});
});
