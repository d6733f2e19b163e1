/**
 * Forgiving offline search over plain strings, for questions typed the way people talk ("ellopták a telefonom",
 * "rossz kód"): accents and case optional, Hungarian word endings stripped by a light stemmer, synonym groups
 * (given by the caller, from the locale files) treated as one word. Answers are ranked by how many query words
 * they match – all words first, then most – and, among equals, by matches in the question. Knows nothing about
 * i18n or Svelte; never throws.
 */

export interface SearchDoc {
	id: string;
	question: string;
	answer: string;
}

export interface SearchHit {
	id: string;
	/** How many of the query's terms the document matches. */
	matched: number;
	score: number;
}

export interface Segment {
	text: string;
	mark: boolean;
}

/** One thing the user asked for: any of its alternatives (each a sequence of stems) counts as a match. */
export interface QueryTerm {
	alternatives: readonly (readonly string[])[];
}

export interface ParsedQuery {
	terms: readonly QueryTerm[];
	/** Folded word beginnings to highlight in the results. */
	marks: readonly string[];
}

/** A document in search form: the stems of its question and of its answer, in order. */
export interface IndexedDoc {
	id: string;
	question: readonly string[];
	answer: readonly string[];
}

/** Synonym groups in search form: each group is a list of phrases, each phrase a list of stems. */
export type Synonyms = readonly (readonly (readonly string[])[])[];

// Weights among documents that match the same number of terms: the question counts more than the answer,
// and a word that recurs in an answer hints that the answer is about it.
const IN_QUESTION = 3;
const IN_ANSWER = 1;
const REPEAT_BONUS = 0.1;
const MAX_REPEATS = 5;

// Words that carry no topic on their own (they still count inside a synonym phrase such as "nem jó").
const STOPWORDS = new Set(
	(
		'a az egy es is de hogy ha mi mit mik van volt lesz lett meg nem sem el le be ki fel mar most csak itt ott ez ezt ' +
		'azt mert kell vagy mire hogyan miert mikor hol nekem engem en on ont pedig se sajat utan tudok tudom ' +
		'hivatalos oldal oldalon ' +
		'the an my me is are am was were to of and or in on at for with it its what how do does did can not no ' +
		'you your this that be have has should will would from by so if why when where there any official site page'
	).split(' ')
);

// Word families whose forms differ too much for suffix stripping (elvesztettem / elveszett / elveszik).
const ROOTS: readonly (string | readonly [string, number])[] = [
	'elvesz',
	'atvi',
	// Only with endings ("telefonomat"), not in compounds ("telefoncsere" is a change of phone).
	['okostelefon', 4],
	['telefon', 4],
	'ellop',
	'lecserel',
	'torlokod',
	'jelsz',
	'kulcs',
	'email',
	'hitelesit',
	'bejelentkez',
	'belep',
	'beallit',
	'elfelejt',
	'lejar',
	'kormanyablak',
	'konyvel',
	'meghatalmaz',
	'ugyfelkapu',
	'bevall'
];

// Common Hungarian endings (case, possessive, plural, past tense) and a few English ones, longest first.
// The second value is the shortest stem that may remain.
const SUFFIXES: readonly (readonly [string, number])[] = [
	...([
		['ing', 4],
		['nem', 4],
		['het', 4],
		['hat', 4],
		['rol', 3],
		['bol', 3],
		['tol', 3],
		['nak', 3],
		['nek', 3],
		['ban', 3],
		['ben', 3],
		['hoz', 3],
		['hez', 3],
		['val', 3],
		['vel', 3],
		['nal', 3],
		['nel', 3],
		['ert', 3],
		['tak', 3],
		['tek', 3],
		['ra', 3],
		['re', 3],
		['ba', 3],
		['be', 3],
		['on', 3],
		['en', 3],
		['ot', 3],
		['et', 3],
		['at', 3],
		['om', 3],
		['em', 3],
		['am', 3],
		['ok', 3],
		['ek', 3],
		['ak', 3],
		['ni', 4],
		['ja', 3],
		['je', 3],
		['os', 5],
		['es', 5],
		['as', 5],
		['ed', 4],
		['t', 3],
		['m', 3],
		['s', 4]
	] as const)
].sort((a, b) => b[0].length - a[0].length);

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

/** The stem of one folded word: "telefonomat" → "telefon", "elvesztettem" → "elvesz", "rejected" → "reject". */
export function stem(word: string): string {
	for (const entry of ROOTS) {
		const [root, maxRest] = typeof entry === 'string' ? [entry, Infinity] : entry;
		if (word.startsWith(root) && word.length - root.length <= maxRest) return root;
	}
	// "-val/-vel" after a consonant doubles it instead: "lehetőséggel", "kóddal".
	let current = word.replace(/([b-df-hj-np-tv-z])\1[ae]l$/, '$1');
	if (current.length < 3) current = word;
	// Endings stack ("telefon-om-at"), so strip up to three; a one-letter ending only comes last ("reject-ed" keeps
	// its t).
	for (let round = 0; round < 3; round++) {
		const hit = SUFFIXES.find(
			([suffix, min]) =>
				current.endsWith(suffix) && current.length - suffix.length >= min && (round === 0 || suffix.length > 1)
		);
		if (!hit) break;
		current = current.slice(0, current.length - hit[0].length);
	}
	return current;
}

/** The folded words of a text, with "e-mail" and endings after a hyphen ("DÁP-ot", "ÁNYK-ból") kept on the word. */
function words(text: string): string[] {
	return normalizeText(text)
		.replace(/\be-mail/g, 'email')
		.replace(/(\p{L})-(\p{L}{1,4})(?!\p{L})/gu, '$1$2')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0);
}

/** The stems of a text in order (single letters dropped: they would match everything). */
export function stems(text: string): string[] {
	return words(text)
		.filter((w) => w.length > 1)
		.map(stem);
}

/** Synonym groups from their written form: one string per group, phrases separated by commas. */
export function parseSynonyms(groups: readonly string[]): Synonyms {
	return groups.map((group) =>
		group
			.split(',')
			.map((phrase) => stems(phrase))
			.filter((phrase) => phrase.length > 0)
	);
}

const samePhrase = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((s, i) => s === b[i]);

/** A query in search form: synonym phrases (longest first) become one term each; other words one term each. */
export function parseQuery(query: string, synonyms: Synonyms = []): ParsedQuery {
	const all = words(query)
		.filter((w) => w.length > 1)
		.map((w) => ({ word: w, stem: stem(w) }));
	const terms: QueryTerm[] = [];
	const seen = new Set<string>();
	let i = 0;
	while (i < all.length) {
		let best: readonly string[] | null = null;
		for (const group of synonyms)
			for (const phrase of group) {
				if (phrase.length > all.length - i || (best && phrase.length <= best.length)) continue;
				if (phrase.every((s, k) => all[i + k].stem === s)) best = phrase;
			}
		if (best) {
			const phrase = best;
			const groups = synonyms.filter((group) => group.some((p) => samePhrase(p, phrase)));
			const alternatives = groups.flat();
			const id = 'group:' + alternatives.map((a) => a.join(' ')).join('|');
			if (!seen.has(id)) terms.push({ alternatives });
			seen.add(id);
			i += phrase.length;
			continue;
		}
		const { word, stem: s } = all[i];
		i += 1;
		if (STOPWORDS.has(word) || seen.has(s)) continue;
		seen.add(s);
		terms.push({ alternatives: [[s]] });
	}
	const marks = new Set<string>();
	for (const term of terms)
		for (const alternative of term.alternatives)
			for (const s of alternative) if (s.length >= 3 && !STOPWORDS.has(s)) marks.add(s);
	return { terms, marks: [...marks] };
}

/** Documents in search form, computed once per language. */
export function indexDocs(docs: readonly SearchDoc[]): IndexedDoc[] {
	return docs.map((d) => ({ id: d.id, question: stems(d.question), answer: stems(d.answer) }));
}

// A query stem matches a word that starts with it; a long one also inside a compound ("kod" must not match
// "torlokod", "torlokod" may match "ujtorlokod").
function wordMatches(word: string, s: string): boolean {
	return word.startsWith(s) || (s.length >= 5 && word.includes(s));
}

/** How many times the phrase occurs in the stems. */
function occurrences(field: readonly string[], phrase: readonly string[]): number {
	let count = 0;
	for (let i = 0; i + phrase.length <= field.length; i++) {
		if (phrase.every((s, k) => wordMatches(field[i + k], s))) count++;
	}
	return count;
}

function termScore(field: readonly string[], term: QueryTerm, weight: number): number {
	let count = 0;
	for (const alternative of term.alternatives) count += occurrences(field, alternative);
	return count === 0 ? 0 : weight + REPEAT_BONUS * Math.min(count, MAX_REPEATS);
}

/** The documents matching at least one term: most terms matched first, then the higher score, then list order. */
export function rankDocs(docs: readonly IndexedDoc[], query: ParsedQuery): SearchHit[] {
	if (query.terms.length === 0) return [];
	const hits: (SearchHit & { order: number })[] = [];
	docs.forEach((doc, order) => {
		let matched = 0;
		let score = 0;
		for (const term of query.terms) {
			const s = termScore(doc.question, term, IN_QUESTION) + termScore(doc.answer, term, IN_ANSWER);
			if (s > 0) matched++;
			score += s;
		}
		if (matched > 0) hits.push({ id: doc.id, matched, score, order });
	});
	hits.sort((a, b) => b.matched - a.matched || b.score - a.score || a.order - b.order);
	return hits.map(({ id, matched, score }) => ({ id, matched, score }));
}

function startsWord(text: string, index: number): boolean {
	return index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1]);
}

/**
 * Split text into plain and marked pieces where a mark begins a word (a long mark anywhere), accent- and
 * case-insensitively.
 */
export function highlightSegments(text: string, marks: readonly string[]): Segment[] {
	if (!text) return [];
	if (marks.length === 0) return [{ text, mark: false }];
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
	for (const mark of marks) {
		if (!mark) continue;
		let from = 0;
		for (;;) {
			const at = folded.indexOf(mark, from);
			if (at < 0) break;
			if (mark.length >= 5 || startsWord(folded, at)) {
				for (let k = at; k < at + mark.length; k++) marked[origin[k]] = true;
			}
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
