import { describe, expect, test } from 'vitest';
import { normalizeKey } from '$lib/otp/key';
import { keyErrorMessage } from './key-messages';

// Each kind of mistake the key parser reports gets its own sentence, with the numbers the sentence needs.
describe('keyErrorMessage', () => {
	test('one message per kind of key error, reached from real input', () => {
		const message = (typed: string) => {
			const r = normalizeKey(typed);
			if (r.ok) throw new Error(`expected ${typed} to be rejected`);
			return keyErrorMessage(r.error);
		};
		expect(message('  ')).toEqual({ key: 'key.error.empty' });
		expect(message('JBSWY3DPEHPK3PX0!')).toEqual({ key: 'key.error.invalid-chars', params: { count: 2 } });
		expect(message('JBSW Y3DP EHPK')).toEqual({ key: 'key.error.too-short', params: { count: 12, min: 16 } });
		expect(message('JBSWY3DPEHPK3PXPA')).toEqual({ key: 'key.error.not-decodable' });
		expect(message('A'.repeat(300))).toEqual({ key: 'key.error.too-long', params: { count: 300, max: 128 } });
		expect(message('otpauth://totp/x?issuer=y')).toEqual({ key: 'key.error.bad-uri' });
		expect(message('https://ugyfelkapu.gov.hu/')).toEqual({ key: 'key.error.url' });
		expect(message('Nem tudom beolvasni a kódot')).toEqual({ key: 'key.error.text' });
	});
});
