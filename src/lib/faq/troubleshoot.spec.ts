import { describe, expect, test } from 'vitest';
import {
	nextTroubleState,
	OUTCOME_TARGET,
	TROUBLE_CHOICES,
	TROUBLE_START,
	type TroubleChoice,
	type TroubleState
} from './troubleshoot';
import { FAQ } from './faq';

const walk = (...choices: TroubleChoice[]): TroubleState => choices.reduce(nextTroubleState, TROUBLE_START);

describe('the "code is not accepted" check', () => {
	test('starts by asking about the clock', () => {
		expect(TROUBLE_START).toEqual({ kind: 'question', question: 'clock' });
	});

	test('a phone clock that is not automatic (or unknown) ends at the clock answer', () => {
		expect(walk('no')).toEqual({ kind: 'outcome', outcome: 'clock' });
		expect(walk('unsure')).toEqual({ kind: 'outcome', outcome: 'clock' });
	});

	test('each later question ends at its own answer', () => {
		expect(walk('yes')).toEqual({ kind: 'question', question: 'row' });
		expect(walk('yes', 'several')).toEqual({ kind: 'outcome', outcome: 'two-codes' });
		expect(walk('yes', 'unsure')).toEqual({ kind: 'outcome', outcome: 'check' });
		expect(walk('yes', 'one')).toEqual({ kind: 'question', question: 'repair' });
		expect(walk('yes', 'one', 'yes')).toEqual({ kind: 'outcome', outcome: 'new-key' });
		expect(walk('yes', 'one', 'no')).toEqual({ kind: 'question', question: 'anyk' });
		expect(walk('yes', 'one', 'no', 'yes')).toEqual({ kind: 'outcome', outcome: 'anyk' });
		expect(walk('yes', 'one', 'no', 'no')).toEqual({ kind: 'outcome', outcome: 'check' });
	});

	test('a choice the question does not offer, or any choice after the end, changes nothing', () => {
		expect(walk('several')).toEqual(TROUBLE_START);
		const end = walk('no');
		expect(nextTroubleState(end, 'yes')).toBe(end);
	});

	test('every path ends in at most four answers, and every outcome links to an FAQ anchor or /ellenorzes', () => {
		const ids = new Set(FAQ.map((f) => f.id));
		const seen = new Set<string>();
		const explore = (state: TroubleState, depth: number) => {
			expect(depth).toBeLessThanOrEqual(4);
			if (state.kind === 'outcome') {
				seen.add(state.outcome);
				return;
			}
			for (const c of TROUBLE_CHOICES[state.question]) explore(nextTroubleState(state, c), depth + 1);
		};
		explore(TROUBLE_START, 0);
		expect([...seen].sort()).toEqual(Object.keys(OUTCOME_TARGET).sort());
		for (const target of Object.values(OUTCOME_TARGET)) {
			if (target.startsWith('#')) expect(ids.has(target.slice(1)), target).toBe(true);
			else expect(target).toBe('/ellenorzes');
		}
	});
});
