import { describe, expect, test } from 'vitest';
import { match } from '../../params/step';
import { STEP_COUNT, STEPS, stepFromParam, stepPath } from './steps';

describe('the step list', () => {
	test('has the nine steps numbered 1 to 9 in order', () => {
		expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(STEP_COUNT).toBe(9);
	});

	test('ids are unique and title keys follow the number', () => {
		expect(new Set(STEPS.map((s) => s.id)).size).toBe(9);
		for (const s of STEPS) expect(s.titleKey).toBe(`wizard.step-${s.number}.title`);
	});

	test('every step links at least one FAQ answer by a kebab-case id', () => {
		for (const s of STEPS) {
			expect(s.faq.length).toBeGreaterThan(0);
			for (const id of s.faq) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
		}
	});

	test('the matcher accepts 1–9 and nothing else', () => {
		for (let n = 1; n <= 9; n++) {
			expect(stepFromParam(String(n))?.number).toBe(n);
			expect(match(String(n))).toBe(true);
		}
		for (const bad of ['0', '10', 'a', '01', '', ' 1', '1 ', '1.0', '-1', '+1', '١']) {
			expect(stepFromParam(bad), JSON.stringify(bad)).toBeUndefined();
			expect(match(bad), JSON.stringify(bad)).toBe(false);
		}
	});

	test('paths are the step route', () => {
		expect(stepPath(4)).toBe('/beallitas/4');
	});
});
