import { describe, expect, test } from 'vitest';
import {
	answerTrouble,
	nextTroubleState,
	OUTCOME_TARGET,
	questionNumber,
	stepBack,
	TROUBLE_CHOICES,
	TROUBLE_HISTORY_START,
	TROUBLE_QUESTIONS,
	TROUBLE_START,
	type TroubleChoice,
	type TroubleHistory,
	type TroubleState
} from './troubleshoot';
import { FAQ } from './faq';

const walk = (...choices: TroubleChoice[]): TroubleState => choices.reduce(nextTroubleState, TROUBLE_START);

describe('the "code is rejected" check', () => {
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

describe('question numbers and stepping back', () => {
	test('every path numbers its questions 1, 2, 3… in the order asked, never above the count', () => {
		// Walk every answer path from the start, independently of questionNumber's list.
		const visit = (state: TroubleState, depth: number): void => {
			if (state.kind !== 'question') return;
			expect(questionNumber(state.question)).toBe(depth);
			expect(depth).toBeLessThanOrEqual(TROUBLE_QUESTIONS.length);
			for (const c of TROUBLE_CHOICES[state.question]) visit(nextTroubleState(state, c), depth + 1);
		};
		visit(TROUBLE_START, 1);
	});

	test('answering adds a state, stepping back removes it, and the start cannot be stepped past', () => {
		let h: TroubleHistory = TROUBLE_HISTORY_START;
		h = answerTrouble(h, 'yes');
		expect(h.at(-1)).toEqual({ kind: 'question', question: 'row' });
		h = answerTrouble(h, 'several');
		expect(h.at(-1)).toEqual({ kind: 'outcome', outcome: 'two-codes' });
		h = stepBack(h);
		expect(h.at(-1)).toEqual({ kind: 'question', question: 'row' });
		h = stepBack(stepBack(h));
		expect(h).toEqual([TROUBLE_START]);
	});

	test('a choice that does not belong to the question leaves the history as it was', () => {
		expect(answerTrouble(TROUBLE_HISTORY_START, 'several')).toBe(TROUBLE_HISTORY_START);
	});
});
