import { describe, expect, test } from 'vitest';
import { codeInputMessage, deviceStatusMessage, resultMessage } from './messages';

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
		expect(resultMessage({ kind: 'invalid-code' })).toEqual({ key: 'check.code-error.empty' });
		expect(deviceStatusMessage({ kind: 'no-match' })).toEqual({ key: 'check.devices.status-no-match' });
	});
});

describe('codeInputMessage', () => {
	test('a code needs no message; each kind of mistake has its own', () => {
		expect(codeInputMessage({ kind: 'code', code: '123456' })).toBeNull();
		expect(codeInputMessage({ kind: 'empty' })).toEqual({ key: 'check.code-error.empty' });
		expect(codeInputMessage({ kind: 'not-digits', chars: ['a', '-'] })).toEqual({
			key: 'check.code-error.not-digits',
			params: { count: 2 }
		});
		expect(codeInputMessage({ kind: 'wrong-length', digits: 5 })).toEqual({
			key: 'check.code-error.too-short',
			params: { count: 5 }
		});
		expect(codeInputMessage({ kind: 'wrong-length', digits: 7 })).toEqual({
			key: 'check.code-error.too-long',
			params: { count: 7 }
		});
	});
});
