import { describe, expect, test } from 'vitest';
import { deviceStatusMessage, resultMessage } from './messages';

describe('resultMessage', () => {
	test('a match says the device is set up correctly', () => {
		expect(resultMessage({ kind: 'match' })).toEqual({ key: 'check.result.match' });
		expect(deviceStatusMessage({ kind: 'match' })).toEqual({ key: 'check.devices.status-match' });
	});

	// Each step is 30 s; a positive step count means the other device shows a later code, i.e. its clock is ahead.
	for (const steps of [-10, -2, -1, 1, 2, 10]) {
		test(`offset of ${steps} steps`, () => {
			const got = resultMessage({ kind: 'offset', steps });
			const status = deviceStatusMessage({ kind: 'offset', steps });
			if (steps > 0) {
				expect(got).toEqual({ key: 'check.result.clock-ahead', params: { seconds: steps * 30 } });
				expect(status).toEqual({ key: 'check.devices.status-ahead', params: { seconds: steps * 30 } });
			} else {
				expect(got).toEqual({ key: 'check.result.clock-behind', params: { seconds: -steps * 30 } });
				expect(status).toEqual({ key: 'check.devices.status-behind', params: { seconds: -steps * 30 } });
			}
		});
	}

	test('no match and an invalid code', () => {
		expect(resultMessage({ kind: 'no-match' })).toEqual({ key: 'check.result.no-match' });
		expect(resultMessage({ kind: 'invalid-code' })).toEqual({ key: 'check.result.invalid-code' });
		expect(deviceStatusMessage({ kind: 'no-match' })).toEqual({ key: 'check.devices.status-no-match' });
	});
});
