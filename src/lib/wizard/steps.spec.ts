import { describe, expect, test } from 'vitest';
import { match } from '../../params/step';
import { FAQ } from '$lib/faq/faq';
import { fromStepPath, STEP_COUNT, STEPS, stepFromParam, stepPath, stepsForFaq } from './steps';

describe('the step list', () => {
	test('has the nine steps numbered 1 to 9 in order', () => {
		expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(STEP_COUNT).toBe(9);
	});

	test('ids are unique and title keys follow the number', () => {
		expect(new Set(STEPS.map((s) => s.id)).size).toBe(9);
		for (const s of STEPS) expect(s.titleKey).toBe(`wizard.step-${s.number}.title`);
	});

	test('every step links at least one FAQ answer, and every linked answer exists', () => {
		const ids = new Set(FAQ.map((f) => f.id));
		for (const s of STEPS) {
			expect(s.faq.length).toBeGreaterThan(0);
			for (const link of s.faq) {
				expect(ids.has(link.id), `step ${s.number} → ${link.id}`).toBe(true);
				expect(link.labelKey).toMatch(/^wizard\.[a-z0-9.-]+$/);
			}
		}
	});

	test('the FAQ relation is read backwards from the same list', () => {
		expect(stepsForFaq('elveszett-torlokod').map((s) => s.number)).toEqual([7, 8]);
		expect(stepsForFaq('kotelezo-e')).toEqual([]);
	});

	test('every step but the first has a drawing, each loaded from its own file as a component', async () => {
		expect(STEPS.filter((s) => s.illustration).map((s) => s.number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
		const drawings = new Set<unknown>();
		for (const s of STEPS) {
			if (!s.illustration) continue;
			expect(s.illustration.altKey).toBe(`wizard.step-${s.number}.illustration`);
			const { default: drawing } = await s.illustration.drawing();
			expect(drawing, `step ${s.number}`).toBeTypeOf('function');
			drawings.add(drawing);
		}
		// One drawing per step: a step page downloads its own and no other.
		expect(drawings.size).toBe(8);
	});

	test('only step 7 has a gate, like the official checkbox', () => {
		expect(STEPS.filter((s) => s.gate).map((s) => s.number)).toEqual([7]);
	});

	test('a page opened from a step carries only the step number', () => {
		expect(fromStepPath('/gyik', 7, 'ket-kod')).toBe('/gyik?lepes=7#ket-kod');
		expect(fromStepPath('/biztonsagi-lap', 4)).toBe('/biztonsagi-lap?lepes=4');
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
