import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addText, bindLanguage, loadAreas, locale, nestArea, t } from './i18n.svelte';
import { langFromPath, localizePath, stripLang } from './langs';
import { pageText } from './text.server';

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
		await loadAreas('en', ['accountant']);
		await loadAreas('hu', ['accountant']);
		expect(locale.lang).toBe('en');
		expect(t('common.app-name')).toBe(file('en', 'common')['app-name']);
		expect(t('accountant.title')).toBe(file('en', 'accountant').title);
		// Loading the other language (as a preload does) does not switch; the page's language does.
		await loadAreas('hu', ['contact']);
		expect(t('accountant.title')).toBe(file('en', 'accountant').title);
		pageLang = 'hu';
		expect(t('accountant.title')).toBe(file('hu', 'accountant').title);
		expect(t('accountant.title', { lng: 'en' })).toBe(file('en', 'accountant').title);
	});

	it('reads a nested area under its folder and merges it with the shared file', () => {
		expect(nestArea('wizard/step-3', { intro: 'x' })).toEqual({ wizard: { 'step-3': { intro: 'x' } } });
		bindLanguage(() => 'hu');
		addText(pageText('hu', ['wizard', 'wizard/step-3']));
		// The title comes from wizard.json, the intro from wizard/step-3.json: neither replaces the other.
		expect(t('wizard.step-3.title')).toBe(file('hu', 'wizard')['step-3'].title);
		expect(t('wizard.step-3.intro')).toBe(file('hu', 'wizard/step-3').intro);
		// Another step's own text is not loaded (i18next answers with the key itself).
		expect(t('wizard.step-4.intro')).toBe('wizard.step-4.intro');
		expect(t('wizard.step-4.title')).toBe(file('hu', 'wizard')['step-4'].title);
	});
});

describe('text that comes with a page', () => {
	it('pageText takes the areas of one language from locales/, nested areas included', () => {
		const text = pageText('en', ['privacy', 'wizard/step-3']);
		expect(text.lang).toBe('en');
		expect(Object.keys(text.areas)).toEqual(['privacy', 'wizard/step-3']);
		expect(text.areas.privacy).toEqual(file('en', 'privacy'));
		expect(text.areas['wizard/step-3']).toEqual(file('en', 'wizard/step-3'));
		expect(() => pageText('hu', ['nincs-ilyen' as 'faq'])).toThrow(/hu\/nincs-ilyen/);
	});

	it('addText makes the areas translatable without switching the language, and only bumps once', () => {
		bindLanguage(() => 'hu');
		const revision = locale.revision;
		addText(pageText('en', ['sheet']));
		expect(locale.revision).toBe(revision + 1);
		expect(t('sheet.title', { lng: 'en' })).toBe(file('en', 'sheet').title);
		expect(locale.lang).toBe('hu');
		// Registering the same text again (a preload, then the navigation) changes nothing.
		addText(pageText('en', ['sheet']));
		expect(locale.revision).toBe(revision + 1);
	});
});
