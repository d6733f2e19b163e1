import { describe, expect, test } from 'vitest';
import { highlightSegments, normalizeText, queryTerms, searchDocs, type SearchDoc } from './search';

const marked = (text: string, terms: string[]) =>
	highlightSegments(text, terms)
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

describe('queryTerms', () => {
	test('splits on spaces and punctuation, folds, dedupes and drops single letters', () => {
		expect(queryTerms('  ÁNYK-ból  a  Kód kód ')).toEqual(['anyk', 'bol', 'kod']);
		expect(queryTerms('')).toEqual([]);
		expect(queryTerms('a ,')).toEqual([]);
	});
});

describe('searchDocs', () => {
	const docs: SearchDoc[] = [
		{ id: 'phone', question: 'Elvesztettem a telefonomat', answer: 'A törlőkóddal szüntesse meg.' },
		{ id: 'removal', question: 'Elvesztettem a törlőkódomat', answer: 'Kormányablakban kérhet újat.' },
		{ id: 'anyk', question: 'Az ÁNYK nem küldi be a bevallást', answer: 'Állítsa át a belépési módot.' },
		{ id: 'other', question: 'Mi a DÁP?', answer: 'Egy mobilalkalmazás.' }
	];
	const ids = (query: string) => searchDocs(docs, queryTerms(query)).map((h) => h.id);

	test('finds words without accents and in any case', () => {
		expect(ids('torlokod')).toContain('removal');
		expect(ids('TÖRLŐKÓD')).toEqual(ids('torlokod'));
		expect(ids('dap')).toEqual(['other']);
	});

	test('a match in the question ranks above a match only in the answer, whatever the list order', () => {
		expect(ids('torlokod')).toEqual(['removal', 'phone']);
		expect(searchDocs([...docs].reverse(), queryTerms('torlokod')).map((h) => h.id)).toEqual(['removal', 'phone']);
	});

	test('several words in any order must all match somewhere in the question or the answer', () => {
		expect(ids('bevallas anyk')).toEqual(['anyk']);
		expect(ids('anyk bevallas')).toEqual(['anyk']);
		// "belepesi" is only in the answer, "anyk" only in the question: still one hit.
		expect(ids('belepesi anyk')).toEqual(['anyk']);
		expect(ids('anyk kormanyablak')).toEqual([]);
	});

	test('no result for an unknown word, and nothing for an empty query', () => {
		expect(ids('xyzzy')).toEqual([]);
		expect(ids('')).toEqual([]);
	});
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

	test('marks every occurrence of every term and merges overlaps', () => {
		expect(marked('kód, KÓD és kódok', ['kod'])).toEqual(['kód', 'KÓD', 'kód']);
		expect(marked('ügyfélkapu', ['ugyfel', 'felkapu'])).toEqual(['ügyfélkapu']);
	});

	test('without terms the text is one plain segment', () => {
		expect(highlightSegments('Szöveg', [])).toEqual([{ text: 'Szöveg', mark: false }]);
		expect(highlightSegments('', ['a'])).toEqual([]);
	});
});
