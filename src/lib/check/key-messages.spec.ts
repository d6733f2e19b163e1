import { describe, expect, test } from 'vitest';
import { keyErrorMessage } from './key-messages';

describe('keyErrorMessage', () => {
	test('one message per kind of key error', () => {
		expect(keyErrorMessage({ kind: 'empty' })).toEqual({ key: 'check.key.error-empty' });
		expect(
			keyErrorMessage({ kind: 'invalid-chars', chars: ['0', '!'], lookalikes: [{ char: '0', probably: ['O'] }] })
		).toEqual({ key: 'check.key.error-invalid-chars', params: { count: 2 } });
		expect(keyErrorMessage({ kind: 'too-short', length: 12, min: 16 })).toEqual({
			key: 'check.key.error-too-short',
			params: { count: 12, min: 16 }
		});
		expect(keyErrorMessage({ kind: 'not-decodable' })).toEqual({ key: 'check.key.error-not-decodable' });
	});
});
