import { describe, expect, it } from 'vitest';
import { timeFormat } from './time-format';

describe('timeFormat', () => {
	it('makes one formatter per language and style and gives the same one back', () => {
		const a = timeFormat('hu', { timeStyle: 'medium' });
		expect(timeFormat('hu', { timeStyle: 'medium' })).toBe(a);
		expect(timeFormat('en', { timeStyle: 'medium' })).not.toBe(a);
		expect(timeFormat('hu', { dateStyle: 'long', timeStyle: 'medium' })).not.toBe(a);
	});

	it('formats like a new Intl.DateTimeFormat with the same settings', () => {
		const when = Date.UTC(2026, 10, 26, 9, 5, 7);
		const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' };
		expect(timeFormat('hu', options).format(when)).toBe(new Intl.DateTimeFormat('hu', options).format(when));
	});
});
