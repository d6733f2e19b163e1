import { describe, expect, it } from 'vitest';
import { dayOfIsoDate, isoDate } from './iso-date';

describe('dayOfIsoDate', () => {
	it('reads back the local day isoDate wrote, and nothing that is not a real day', () => {
		for (const day of [new Date(2025, 0, 5), new Date(2024, 1, 29), new Date(2026, 11, 31)])
			expect(dayOfIsoDate(isoDate(new Date(day.getTime() + 15 * 3600_000)))).toEqual(day);
		for (const bad of [undefined, '', 'x', '2025-02-30', '2025-13-01', '2025-3']) expect(dayOfIsoDate(bad)).toBeNull();
	});
});
