import { describe, expect, it } from 'vitest';
import { languageParts } from './language-parts';

describe('languageParts', () => {
	it('marks the Hungarian labels an English sentence quotes, keeping the quote marks outside', () => {
		expect(languageParts('Tap „Nem tudom beolvasni a kódot” (I cannot scan the code).', 'en')).toEqual([
			{ text: 'Tap „' },
			{ text: 'Nem tudom beolvasni a kódot', lang: 'hu' },
			{ text: '” (I cannot scan the code).' }
		]);
		expect(languageParts('„Tovább” then „Befejezés”', 'en')).toEqual([
			{ text: '„' },
			{ text: 'Tovább', lang: 'hu' },
			{ text: '” then „' },
			{ text: 'Befejezés', lang: 'hu' },
			{ text: '”' }
		]);
	});

	it('leaves Hungarian sentences alone, except an English label after "angolul"', () => {
		expect(languageParts('Kattintson a „Tovább” gombra.', 'hu')).toEqual([{ text: 'Kattintson a „Tovább” gombra.' }]);
		expect(languageParts('a fiókok átvitele (angolul „Transfer accounts”, exportálás)', 'hu')).toEqual([
			{ text: 'a fiókok átvitele (angolul „' },
			{ text: 'Transfer accounts', lang: 'en' },
			{ text: '”, exportálás)' }
		]);
	});

	it('gives back the text whole when nothing is quoted, and never loses a character', () => {
		expect(languageParts('', 'en')).toEqual([{ text: '' }]);
		expect(languageParts('No quotes here.', 'en')).toEqual([{ text: 'No quotes here.' }]);
		for (const text of ['„unclosed quote', 'a „” b', '„a” „b„c”', '”odd„ order”', 'x „y” z „w']) {
			for (const lang of ['hu', 'en'] as const) {
				expect(
					languageParts(text, lang)
						.map((p) => p.text)
						.join('')
				).toBe(text);
			}
		}
	});
});
