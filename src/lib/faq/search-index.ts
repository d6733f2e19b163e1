/**
 * The FAQ search in the language on screen: builds the search documents and the synonym groups from translated
 * text (the caller passes its `t`), so this module stays pure and the unit tests can use the locale files directly.
 */
import { blockKeys, FAQ } from './faq';
import {
	indexDocs,
	parseQuery,
	parseSynonyms,
	rankDocs,
	type IndexedDoc,
	type ParsedQuery,
	type SearchHit,
	type Synonyms
} from './search';

/** The synonym groups in faq.json ("search-synonyms"), one string per group. */
export const SYNONYM_KEYS = [
	'faq.search-synonyms.wrong',
	'faq.search-synonyms.email',
	'faq.search-synonyms.lost',
	'faq.search-synonyms.phone-change',
	'faq.search-synonyms.phone',
	'faq.search-synonyms.key',
	'faq.search-synonyms.login',
	'faq.search-synonyms.password',
	'faq.search-synonyms.app',
	'faq.search-synonyms.ugyfelkapu',
	'faq.search-synonyms.help',
	'faq.search-synonyms.fraud',
	'faq.search-synonyms.deadline',
	'faq.search-synonyms.abroad',
	'faq.search-synonyms.family',
	'faq.search-synonyms.tax-return',
	'faq.search-synonyms.removal'
] as const;

/** The answer for which the guided check ("the code is rejected") is offered before the answers. */
export const TROUBLESHOOTER_TOPIC = 'nem-jo-a-kod';

export interface FaqIndex {
	docs: readonly IndexedDoc[];
	synonyms: Synonyms;
}

export interface FaqResults {
	query: ParsedQuery;
	hits: readonly SearchHit[];
	/** Offer the troubleshooter first: the best answer is about a rejected code. */
	troubleshooterFirst: boolean;
}

/** Every FAQ answer in search form, in the language `translate` speaks. */
export function buildFaqIndex(translate: (key: string) => string): FaqIndex {
	return {
		docs: indexDocs(
			FAQ.map((f) => ({
				id: f.id,
				question: translate(f.questionKey),
				answer: f.answer
					.flatMap(blockKeys)
					.map((key) => translate(key))
					.join('\n')
			}))
		),
		synonyms: parseSynonyms(SYNONYM_KEYS.map((key) => translate(key)))
	};
}

/** The answers for a typed query, best first. */
export function searchFaq(index: FaqIndex, text: string): FaqResults {
	const query = parseQuery(text, index.synonyms);
	const hits = rankDocs(index.docs, query);
	return { query, hits, troubleshooterFirst: hits[0]?.id === TROUBLESHOOTER_TOPIC };
}
