import { describe, expect, test } from 'vitest';
import { durationOf, formatDuration } from './duration';

describe('durationOf', () => {
	test.each([
		[6, { value: 6, unit: 'second' }],
		[-119, { value: 119, unit: 'second' }],
		[120, { value: 2, unit: 'minute' }],
		[3600, { value: 60, unit: 'minute' }],
		[7200, { value: 2, unit: 'hour' }],
		[172_800, { value: 2, unit: 'day' }],
		[1_700_000_000, { value: 19_676, unit: 'day' }]
	])('%d s', (seconds, want) => {
		expect(durationOf(seconds)).toEqual(want);
	});
});

describe('formatDuration', () => {
	test('says the unit in the language of the page', () => {
		expect(formatDuration(180, 'hu')).toBe('3 perc');
		expect(formatDuration(180, 'en')).toBe('3 minutes');
		expect(formatDuration(7, 'hu')).toBe('7 másodperc');
	});
});
