/**
 * Forgiving offline search over plain strings: accents optional, case-insensitive, every word must match
 * somewhere, question matches before answer matches. Knows nothing about i18n or Svelte.
 */

export interface SearchDoc {
	id: string;
	question: string;
	answer: string;
}

export interface SearchHit {
	id: string;
	score: number;
}

export interface Segment {
	text: string;
	mark: boolean;
}

// Weights: one word found in the question outweighs every word found only in the answer.
const IN_QUESTION = 100;
const AT_WORD_START = 10;
const IN_ANSWER = 1;

/** One character (code point) in search form: no accents, lower case (NFD also splits ő/ű into o/u + mark). */
function foldChar(ch: string): string {
	return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text in search form: "Törlőkód" → "torlokod". */
export function normalizeText(text: string): string {
	let out = '';
	for (const ch of text) out += foldChar(ch);
	return out;
}

/** The distinct words of a query in search form; single letters are dropped (they match everything). */
export function queryTerms(query: string): string[] {
	const words = normalizeText(query)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 1);
	return [...new Set(words)];
}

function startsWord(text: string, index: number): boolean {
	return index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1]);
}

/** The documents that contain every term, best first: question matches rank above answer-only matches. */
export function searchDocs(docs: readonly SearchDoc[], terms: readonly string[]): SearchHit[] {
	if (terms.length === 0) return [];
	const hits: { id: string; score: number; order: number }[] = [];
	docs.forEach((doc, order) => {
		const question = normalizeText(doc.question);
		const answer = normalizeText(doc.answer);
		let score = 0;
		for (const term of terms) {
			const q = question.indexOf(term);
			if (q >= 0) {
				score += IN_QUESTION + (startsWord(question, q) ? AT_WORD_START : 0);
			} else if (answer.includes(term)) {
				score += IN_ANSWER;
			} else {
				return;
			}
		}
		hits.push({ id: doc.id, score, order });
	});
	hits.sort((a, b) => b.score - a.score || a.order - b.order);
	return hits.map(({ id, score }) => ({ id, score }));
}

/** Split text into plain and marked pieces where any term matches (accent- and case-insensitively). */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
	if (!text) return [];
	if (terms.length === 0) return [{ text, mark: false }];
	// Fold each character separately so every folded position maps back to an original one.
	const chars = Array.from(text);
	let folded = '';
	const origin: number[] = [];
	chars.forEach((ch, i) => {
		const f = foldChar(ch);
		folded += f;
		for (let k = 0; k < f.length; k++) origin.push(i);
	});
	const marked = new Array<boolean>(chars.length).fill(false);
	for (const term of terms) {
		let from = 0;
		for (;;) {
			const at = folded.indexOf(term, from);
			if (at < 0) break;
			for (let k = at; k < at + term.length; k++) marked[origin[k]] = true;
			from = at + 1;
		}
	}
	const segments: Segment[] = [];
	chars.forEach((ch, i) => {
		const last = segments[segments.length - 1];
		if (last && last.mark === marked[i]) last.text += ch;
		else segments.push({ text: ch, mark: marked[i] });
	});
	return segments;
}
