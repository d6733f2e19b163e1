// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bindLanguage, loadAreas } from '$lib/i18n';
import { pageLanguage } from '../../../tests/unit/support/page-language.svelte';
import ErrorSummary from './ErrorSummary.svelte';

beforeAll(() => Promise.all([loadAreas('hu', []), loadAreas('en', [])]));
afterEach(() => {
	pageLanguage.lang = 'hu';
	bindLanguage(() => 'hu');
});

const problem = { fieldId: 'name', text: 'Adja meg a nevét.' };
const englishTitle = (
	JSON.parse(readFileSync('locales/en/common.json', 'utf8')) as { 'error-summary': { title: string } }
)['error-summary'].title;

describe('ErrorSummary', () => {
	it('renders nothing while there is no problem', () => {
		render(ErrorSummary, { problems: [] });
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('shows the one title and a link to each field, and takes focus when it appears', async () => {
		render(ErrorSummary, { problems: [problem, { fieldId: 'email', text: 'Az e-mail-cím hibás.' }], attempt: 1 });
		const alert = screen.getByRole('alert');
		expect(alert.querySelector('h2')?.textContent).toBe('Valamit javítani kell');
		const links = screen.getAllByRole('link');
		expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
			['#name', 'Adja meg a nevét.'],
			['#email', 'Az e-mail-cím hibás.']
		]);
		await tick();
		await tick();
		expect(document.activeElement).toBe(alert);
	});

	it('takes focus again on the next failed submit, and a link puts the cursor in its field', async () => {
		const input = document.body.appendChild(Object.assign(document.createElement('input'), { id: 'name' }));
		input.scrollIntoView = () => {};
		const { rerender } = render(ErrorSummary, { problems: [problem], attempt: 1 });
		await tick();
		screen.getByRole('link').click();
		expect(document.activeElement).toBe(input);

		await rerender({ problems: [problem], attempt: 2 });
		flushSync();
		await tick();
		await tick();
		expect(document.activeElement).toBe(screen.getByRole('alert'));
	});

	it('says the problems as they were at the submit: a changing message is not read out again at every key', async () => {
		const key = (n: number) => ({ fieldId: 'key', text: `A kulcs túl rövid: ${n} jelből áll.` });
		const { rerender } = render(ErrorSummary, { problems: [key(8), problem], attempt: 1 });
		await tick();
		const alert = screen.getByRole('alert');
		const lines = () => screen.queryAllByRole('link').map((a) => a.textContent);
		expect(lines()).toEqual(['A kulcs túl rövid: 8 jelből áll.', 'Adja meg a nevét.']);
		// Typing on: the same alert, the same words, no new text for a screen reader to announce.
		const changes: MutationRecord[] = [];
		const watch = new MutationObserver((records) => changes.push(...records));
		watch.observe(alert, { subtree: true, childList: true, characterData: true });
		for (const n of [9, 10, 11]) await rerender({ problems: [key(n), problem], attempt: 1 });
		flushSync();
		expect(lines()).toEqual(['A kulcs túl rövid: 8 jelből áll.', 'Adja meg a nevét.']);
		expect(changes.filter((c) => c.addedNodes.length > 0 || c.type === 'characterData')).toEqual([]);
		watch.disconnect();
		// The name put right: its line goes; the key's stays as it was said.
		await rerender({ problems: [key(12)], attempt: 1 });
		flushSync();
		expect(lines()).toEqual(['A kulcs túl rövid: 8 jelből áll.']);
		// A field that was right and goes wrong again between submits does not come back before the next submit.
		await rerender({ problems: [key(12), problem], attempt: 1 });
		flushSync();
		expect(lines()).toEqual(['A kulcs túl rövid: 8 jelből áll.']);
		// The next submit says the problems as they are now.
		await rerender({ problems: [key(12), problem], attempt: 2 });
		flushSync();
		await tick();
		expect(lines()).toEqual(['A kulcs túl rövid: 12 jelből áll.', 'Adja meg a nevét.']);
		// All put right: the summary goes.
		await rerender({ problems: [], attempt: 2 });
		flushSync();
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('says the same problems in the other language when the language changes, without waiting for a submit', async () => {
		bindLanguage(() => pageLanguage.lang);
		const hu = [problem, { fieldId: 'key', text: 'A kulcs túl rövid: 8 jelből áll.' }];
		const en = [
			{ fieldId: 'name', text: 'Enter your name.' },
			{ fieldId: 'key', text: 'The key is too short: it has 8 characters.' }
		];
		const { rerender } = render(ErrorSummary, { problems: hu, attempt: 1 });
		await tick();
		const lines = () => screen.queryAllByRole('link').map((a) => a.textContent);
		const title = () => screen.getByRole('alert').querySelector('h2')?.textContent;
		expect(lines()).toEqual(hu.map((p) => p.text));
		// The form gives the same problems in the new language's words; with the language, the summary follows at once.
		await rerender({ problems: en, attempt: 1 });
		flushSync();
		expect(lines()).toEqual(hu.map((p) => p.text));
		pageLanguage.lang = 'en';
		flushSync();
		expect(title()).toBe(englishTitle);
		expect(lines()).toEqual(en.map((p) => p.text));
		// Still only the problems said at the submit: one put right meanwhile does not come back in the new words.
		await rerender({ problems: [hu[1]!], attempt: 1 });
		pageLanguage.lang = 'hu';
		flushSync();
		expect(lines()).toEqual([hu[1]!.text]);
	});
});
