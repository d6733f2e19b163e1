import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	highlightSegments,
	indexDocs,
	normalizeText,
	parseQuery,
	parseSynonyms,
	rankDocs,
	stem,
	stems,
	type SearchDoc
} from './search';

const marked = (text: string, marks: string[]) =>
	highlightSegments(text, marks)
		.filter((s) => s.mark)
		.map((s) => s.text);

describe('normalizeText', () => {
	test('drops accents, including the Hungarian double acute, and lowers the case', () => {
		expect(normalizeText('Törlőkód')).toBe('torlokod');
		expect(normalizeText('ŰRHAJÓ ÁRVÍZTŰRŐ TÜKÖRFÚRÓGÉP')).toBe('urhajo arvizturo tukorfurogep');
		// Some keyboards type õ/û for ő/ű.
		expect(normalizeText('törlõkód, fûtés')).toBe('torlokod, futes');
	});

	test('text already in decomposed form folds the same way', () => {
		expect(normalizeText('To\u0308rlo\u030Bko\u0301d')).toBe('torlokod');
	});
});

describe('stem', () => {
	test.each([
		['telefonomat', 'telefon'],
		['telefont', 'telefon'],
		['kodot', 'kod'],
		['kodom', 'kod'],
		['torlokodrol', 'torlokod'],
		['elvesztettem', 'elvesz'],
		['elveszett', 'elvesz'],
		['lecsereltem', 'lecserel'],
		['anykban', 'anyk'],
		['ugyfelkapuhoz', 'ugyfelkapu'],
		['jelszavam', 'jelsz'],
		['eszkozre', 'eszkoz'],
		['emailes', 'email'],
		['lehetoseggel', 'lehetoseg'],
		['koddal', 'kod'],
		['rejected', 'reject'],
		['phones', 'phone']
	])('%s → %s', (word, expected) => {
		expect(stem(word)).toBe(expected);
	});

	test('leaves short words alone', () => {
		expect(stem('kod')).toBe('kod');
		expect(stem('dap')).toBe('dap');
	});

	test('keeps endings after a hyphen on the word and "e-mail" whole', () => {
		expect(stems('DÁP-ot, ÁNYK-ból, e-mail-cím, e-mailben')).toEqual(['dap', 'anyk', 'email', 'email']);
	});
});

describe('parseQuery', () => {
	const synonyms = parseSynonyms(['rossz, hibás, nem jó, nem fogadja el', 'ellopták, lopták el, elveszett']);

	test('a synonym phrase is one term with every phrase of its group as alternatives', () => {
		const q = parseQuery('nem fogadja el a kódot', synonyms);
		expect(q.terms).toHaveLength(2);
		expect(q.terms[0].alternatives).toContainEqual(['rossz']);
		expect(q.terms[0].alternatives).toContainEqual(stems('nem fogadja el'));
		expect(q.terms[1].alternatives).toEqual([['kod']]);
	});

	test('drops words that carry no topic and repeated words', () => {
		expect(parseQuery('a kód az kód', synonyms).terms).toEqual([{ alternatives: [['kod']] }]);
		expect(parseQuery('', synonyms).terms).toEqual([]);
		expect(parseQuery('a ,', synonyms).terms).toEqual([]);
	});

	test('two synonyms of one group are one term', () => {
		expect(parseQuery('ellopták elveszett', synonyms).terms).toHaveLength(1);
	});
});

describe('rankDocs', () => {
	const docs: SearchDoc[] = [
		{ id: 'phone', question: 'Elvesztettem a telefonomat', answer: 'A törlőkóddal szüntesse meg.' },
		{ id: 'removal', question: 'Elvesztettem a törlőkódomat', answer: 'Kormányablakban kérhet újat.' },
		{ id: 'anyk', question: 'Az ÁNYK nem küldi be a bevallást', answer: 'Állítsa át a belépési módot.' },
		{ id: 'other', question: 'Mi a DÁP?', answer: 'Egy mobilalkalmazás.' }
	];
	const index = indexDocs(docs);
	const synonyms = parseSynonyms(['ellopták, elveszett']);
	const ids = (query: string) => rankDocs(index, parseQuery(query, synonyms)).map((h) => h.id);

	test('finds words without accents, in any case and in other word forms', () => {
		expect(ids('torlokod')).toContain('removal');
		expect(ids('TÖRLŐKÓD')).toEqual(ids('torlokod'));
		expect(ids('dap')).toEqual(['other']);
		expect(ids('telefonom')).toEqual(['phone']);
	});

	test('a match in the question ranks above a match only in the answer, whatever the list order', () => {
		expect(ids('torlokod')).toEqual(['removal', 'phone']);
		const reversed = indexDocs([...docs].reverse());
		expect(rankDocs(reversed, parseQuery('torlokod')).map((h) => h.id)).toEqual(['removal', 'phone']);
	});

	test('documents matching all words come first, then those matching most', () => {
		// "ellopták" reaches both lost-things answers through the synonym; only one has the phone.
		expect(ids('ellopták telefon')).toEqual(['phone', 'removal']);
		const hits = rankDocs(index, parseQuery('anyk bevallás kormányablak'));
		expect(hits.map((h) => [h.id, h.matched])).toEqual([
			['anyk', 2],
			['removal', 1]
		]);
	});

	test('no result for an unknown word, and nothing for an empty query', () => {
		expect(ids('xyzzy')).toEqual([]);
		expect(ids('')).toEqual([]);
	});

	test('never throws and always returns known ids, whatever is typed', () => {
		// Small documents keep 100,000 runs fast; the parsing and matching code is the same for any size.
		const known = new Set(docs.map((d) => d.id));
		const realSynonyms = parseSynonyms([
			'rossz, hibás, nem jó, nem fogadja el',
			'email, e-mail',
			'új telefon, telefoncsere'
		]);
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (query) => {
				const hits = rankDocs(index, parseQuery(query, realSynonyms));
				return hits.every((h) => known.has(h.id) && h.matched > 0);
			}),
			{ numRuns: 100_000 }
		);
		// About 2 s alone; a generous limit so a busy machine does not fail it.
	}, 60_000);
});

describe('highlightSegments', () => {
	test('marks the original characters, accents and case kept', () => {
		expect(marked('Elvesztettem a Törlőkódomat!', ['torlokod'])).toEqual(['Törlőkód']);
		expect(
			highlightSegments('Elvesztettem a Törlőkódomat!', ['torlokod'])
				.map((s) => s.text)
				.join('')
		).toBe('Elvesztettem a Törlőkódomat!');
	});

	test('marks word beginnings; only a long mark inside a word', () => {
		expect(marked('kód, KÓD és kódok', ['kod'])).toEqual(['kód', 'KÓD', 'kód']);
		expect(marked('törlőkód', ['kod'])).toEqual([]);
		expect(marked('ügyfélkapu', ['ugyfel', 'felkapu'])).toEqual(['ügyfélkapu']);
	});

	test('without marks the text is one plain segment', () => {
		expect(highlightSegments('Szöveg', [])).toEqual([{ text: 'Szöveg', mark: false }]);
		expect(highlightSegments('', ['a'])).toEqual([]);
	});
});
