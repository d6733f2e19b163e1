/**
 * "The code is rejected": a short guided check as a pure state machine. The most common cause (the
 * phone's clock) is asked first; each question either ends at an answer or leads to the next question.
 */

export type TroubleQuestion = 'clock' | 'row' | 'repair' | 'anyk';
export type TroubleChoice = 'yes' | 'no' | 'unsure' | 'one' | 'several';
export type TroubleOutcome = 'clock' | 'two-codes' | 'new-key' | 'anyk' | 'check';

export type TroubleState =
	{ kind: 'question'; question: TroubleQuestion } | { kind: 'outcome'; outcome: TroubleOutcome };

export const TROUBLE_START: TroubleState = { kind: 'question', question: 'clock' };

/** The choices offered for each question, in the order they are shown. */
export const TROUBLE_CHOICES: Record<TroubleQuestion, readonly TroubleChoice[]> = {
	clock: ['yes', 'no', 'unsure'],
	row: ['one', 'several', 'unsure'],
	repair: ['yes', 'no'],
	anyk: ['yes', 'no']
};

/** Where each outcome sends the user: an FAQ anchor ("#id") or an app path. */
export const OUTCOME_TARGET: Record<TroubleOutcome, string> = {
	clock: '#nem-jo-a-kod',
	'two-codes': '#ket-kod',
	'new-key': '#tobb-eszkoz',
	anyk: '#anyk',
	check: '/ellenorzes'
};

const question = (q: TroubleQuestion): TroubleState => ({ kind: 'question', question: q });
const outcome = (o: TroubleOutcome): TroubleState => ({ kind: 'outcome', outcome: o });

/** The state after answering the current question; an unknown choice or a finished check changes nothing. */
export function nextTroubleState(state: TroubleState, choice: TroubleChoice): TroubleState {
	if (state.kind !== 'question' || !TROUBLE_CHOICES[state.question].includes(choice)) return state;
	switch (state.question) {
		case 'clock':
			// "Not sure" ends here too: the clock answer explains where to look.
			return choice === 'yes' ? question('row') : outcome('clock');
		case 'row':
			if (choice === 'several') return outcome('two-codes');
			// Comparing the rows with this app's own code tells which one is right.
			if (choice === 'unsure') return outcome('check');
			return question('repair');
		case 'repair':
			return choice === 'yes' ? outcome('new-key') : question('anyk');
		case 'anyk':
			return choice === 'yes' ? outcome('anyk') : outcome('check');
	}
}

/** The questions in the order they can come; each can only be the N-th question asked, so N is its place here. */
export const TROUBLE_QUESTIONS: readonly TroubleQuestion[] = ['clock', 'row', 'repair', 'anyk'];

/** "Question N of M": the question's place (1-based) on the longest path. */
export function questionNumber(q: TroubleQuestion): number {
	return TROUBLE_QUESTIONS.indexOf(q) + 1;
}

/** The states passed through, the current one last; never empty. */
export type TroubleHistory = readonly TroubleState[];

export const TROUBLE_HISTORY_START: TroubleHistory = [TROUBLE_START];

/** The history after answering the current question; unchanged when the choice does not move on. */
export function answerTrouble(history: TroubleHistory, choice: TroubleChoice): TroubleHistory {
	const current = history[history.length - 1] ?? TROUBLE_START;
	const next = nextTroubleState(current, choice);
	return next === current ? history : [...history, next];
}

/** The history one step back (to the previous question); the first question stays. */
export function stepBack(history: TroubleHistory): TroubleHistory {
	return history.length > 1 ? history.slice(0, -1) : TROUBLE_HISTORY_START;
}
