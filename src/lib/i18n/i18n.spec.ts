import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bindLanguage, loadAreas, locale, nestArea, t, textFile } from './i18n.svelte';
import { langFromPath, localizePath, stripLang } from './langs';

const file = (lang: string, area: string) =>
	JSON.parse(readFileSync(new URL(`../../../locales/${lang}/${area}.json`, import.meta.url), 'utf8'));

describe('language paths', () => {
	const cases = [
		{ path: '/', hu: '/', en: '/en' },
		{ path: '/en', hu: '/', en: '/en' },
		{ path: '/gyik', hu: '/gyik', en: '/en/gyik' },
		{ path: '/en/beallitas/3', hu: '/beallitas/3', en: '/en/beallitas/3' },
		// A Hungarian slug that merely starts with "en" is not English.
		{ path: '/enx', hu: '/enx', en: '/en/enx' }
	];
	for (const c of cases) {
		it(`${c.path} ⇄ ${c.hu} / ${c.en}`, () => {
			expect(localizePath(c.path, 'hu')).toBe(c.hu);
			expect(localizePath(c.path, 'en')).toBe(c.en);
		});
	}
	it('strips the prefix and reads the language from the address', () => {
		expect(stripLang('/en/gyik')).toBe('/gyik');
		expect(langFromPath('/en')).toBe('en');
		expect(langFromPath('/en/nincs-ilyen')).toBe('en');
		expect(langFromPath('/')).toBe('hu');
		expect(langFromPath('/english')).toBe('hu');
		expect(langFromPath('/beallitas/10')).toBe('hu');
	});
});

describe('loadAreas and t', () => {
	it('loads the requested areas and translates in the language of the page on screen', async () => {
		let pageLang: 'hu' | 'en' = 'en';
		bindLanguage(() => pageLang);
		await loadAreas('en', ['faq']);
		await loadAreas('hu', ['faq']);
		expect(locale.lang).toBe('en');
		expect(t('common.app-name')).toBe(file('en', 'common')['app-name']);
		expect(t('faq.title')).toBe(file('en', 'faq').title);
		// Loading the other language (as a preload does) does not switch; the page's language does.
		await loadAreas('hu', ['check']);
		expect(t('faq.title')).toBe(file('en', 'faq').title);
		pageLang = 'hu';
		expect(t('faq.title')).toBe(file('hu', 'faq').title);
		expect(t('faq.title', { lng: 'en' })).toBe(file('en', 'faq').title);
	});

	it('reads a nested area under its folder and merges it with the shared file', async () => {
		expect(nestArea('wizard/step-3', { intro: 'x' })).toEqual({ wizard: { 'step-3': { intro: 'x' } } });
		bindLanguage(() => 'hu');
		await loadAreas('hu', ['wizard', 'wizard/step-3']);
		// The title comes from wizard.json, the intro from wizard/step-3.json: neither replaces the other.
		expect(t('wizard.step-3.title')).toBe(file('hu', 'wizard')['step-3'].title);
		expect(t('wizard.step-3.intro')).toBe(file('hu', 'wizard/step-3').intro);
		// Another step's own text is not loaded (i18next answers with the key itself).
		expect(t('wizard.step-4.intro')).toBe('wizard.step-4.intro');
		expect(t('wizard.step-4.title')).toBe(file('hu', 'wizard')['step-4'].title);
	});

	it('counts in English grammar: one letter, two letters; Hungarian keeps the singular after a number', async () => {
		await loadAreas('en', ['accountant']);
		await loadAreas('hu', ['accountant']);
		bindLanguage(() => 'en');
		expect(t('accountant.letter.batch-count', { count: 1 })).toBe('1 letter');
		expect(t('accountant.letter.batch-count', { count: 2 })).toBe('2 letters');
		bindLanguage(() => 'hu');
		expect(t('accountant.letter.batch-count', { count: 1 })).toBe('1 levél');
		expect(t('accountant.letter.batch-count', { count: 12 })).toBe('12 levél');
	});
});

describe('text files', () => {
	it('every area of both languages has an address inside the one locale folder, and loadAreas lists common first', async () => {
		const areas = ['common', 'start', 'wizard', 'wizard/step-5', 'check', 'key', 'keyread', 'faq'] as const;
		for (const lang of ['hu', 'en'] as const)
			for (const area of areas)
				expect(textFile(lang, area)).toMatch(
					new RegExp(`^/_app/immutable/locales/[\\w-]{10}/${lang}/${area.replace('/', '\\/')}\\.json$`)
				);
		const files = await loadAreas('en', ['privacy', 'common']);
		expect(files).toEqual([textFile('en', 'common'), textFile('en', 'privacy')]);
	});

	it('an unknown area fails loudly, and a later call for it is tried again rather than remembered', async () => {
		await expect(loadAreas('hu', ['nincs-ilyen' as 'faq'])).rejects.toThrow(/hu\/nincs-ilyen/);
		await expect(loadAreas('hu', ['nincs-ilyen' as 'faq'])).rejects.toThrow(/hu\/nincs-ilyen/);
	});
});
