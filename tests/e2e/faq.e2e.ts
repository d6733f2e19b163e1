import { axeViolations, expect, test, waitForServiceWorker } from './fixtures';
import type { Page } from '@playwright/test';
import { FACTS_FAQ_IDS } from '../facts-faq-ids';

/** The ids of the answers on screen, in order. */
function answerIds(page: Page) {
	return page.locator('main details').evaluateAll((els) => els.map((e) => e.id));
}

/** Wait until the page has hydrated, so typing reaches the search code. */
async function ready(page: Page) {
	await page.waitForFunction(() => document.querySelector('main details') && document.readyState === 'complete');
	await page.evaluate(() => new Promise(requestAnimationFrame));
}

test.describe('FAQ', () => {
	test('every FAQ point has its answer in both languages, in the prerendered HTML', async ({ page, request }) => {
		for (const path of ['/gyik', '/en/gyik']) {
			// Before any script runs: the raw HTML already holds every answer.
			const html = await (await request.get(path)).text();
			for (const id of FACTS_FAQ_IDS) expect(html, `${path} ${id}`).toContain(`id="${id}"`);

			await page.goto(path);
			for (const id of FACTS_FAQ_IDS) {
				await expect(page.locator(`details#${id} > summary`), `${path}#${id}`).toHaveCount(1);
			}
			expect((await answerIds(page)).sort()).toEqual([...FACTS_FAQ_IDS].sort());
		}
		await page.goto('/gyik');
		await expect(page.getByRole('heading', { level: 2, name: 'Mindenkinek' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Könyvelőknek és vállalkozásoknak' })).toBeVisible();
		// Questions open by click; official sites open in a new tab and say so.
		await page.locator('summary').getByText('Elvesztettem a törlőkódomat. Mit tegyek?').click();
		await expect(page.locator('details#elveszett-torlokod')).toHaveAttribute('open', '');
		const videochat = page.locator('#elveszett-torlokod').getByRole('link', { name: /videochat\.gov\.hu/ });
		await expect(videochat).toHaveAttribute('target', '_blank');
		await expect(videochat).toHaveAttribute('href', 'https://videochat.gov.hu/');
		await expect(videochat).toContainText('új lapon nyílik');
		// Answers link back to the wizard steps.
		await expect(page.locator('#elveszett-torlokod').getByRole('link', { name: /^7\. lépés/ })).toHaveAttribute(
			'href',
			'/beallitas/7'
		);
		await page.goto('/en/gyik#elveszett-torlokod');
		await expect(page.locator('#elveszett-torlokod').getByRole('link', { name: /^Step 7/ })).toHaveAttribute(
			'href',
			'/en/beallitas/7'
		);
	});

	test('a link with #id opens that answer, shows it and focuses it', async ({ page }) => {
		await page.goto('/gyik#elveszett-torlokod');
		const answer = page.locator('details#elveszett-torlokod');
		await expect(answer).toHaveAttribute('open', '');
		await expect(answer.getByText('kormányablakban', { exact: false })).toBeVisible();
		await expect(answer.locator('summary')).toBeFocused();
		await expect(answer).toBeInViewport();
		// Other answers stay closed.
		await expect(page.locator('details#anyk')).not.toHaveAttribute('open', '');

		// A hash change on the same page opens the new answer too.
		await page.evaluate(() => (location.hash = '#anyk'));
		await expect(page.locator('details#anyk')).toHaveAttribute('open', '');
		await expect(page.locator('details#anyk').locator('summary')).toBeFocused();

		await page.goto('/en/gyik#ket-kod');
		await expect(page.locator('details#ket-kod')).toHaveAttribute('open', '');
		await expect(page.locator('details#ket-kod').getByText('unfinished pairing')).toBeVisible();
	});

	test('search: accents optional, question matches first, words in any order, steps, no result', async ({ page }) => {
		await page.goto('/gyik');
		await ready(page);
		const search = page.getByRole('searchbox', { name: 'Keresés a kérdések között' });
		const status = page.getByRole('status').filter({ hasText: /találat/ });

		await search.fill('torlokod');
		const ids = await expect
			.poll(() => answerIds(page))
			.not.toContain('kotelezo-e')
			.then(() => answerIds(page));
		expect(ids.slice(0, 2)).toContain('elveszett-torlokod');
		// Every shown answer mentions the removal code somewhere.
		for (const id of ids) await expect(page.locator(`details#${id}`)).toContainText(/törlőkód/i);
		await expect(page.locator('details#elveszett-torlokod summary mark')).toHaveText(/^törlőkód$/i);
		// The step titled after the removal code is offered too, and the count covers steps and answers.
		await expect(page.locator('.step-hits').getByRole('link', { name: /^7\. lépés/ })).toHaveAttribute(
			'href',
			'/beallitas/7'
		);
		const stepLinks = await page.locator('.step-hits').getByRole('link').count();
		await expect(status).toHaveText(`${ids.length + stepLinks} találat`);

		// Upper case and accents typed in give the same result.
		await search.fill('TÖRLŐKÓD');
		await expect.poll(() => answerIds(page)).toEqual(ids);

		// Several words, any order, other word forms: the answer matching all of them comes first.
		await search.fill('anyk bevallas');
		await expect.poll(async () => (await answerIds(page))[0]).toBe('anyk');
		const forward = await answerIds(page);
		await search.fill('bevallásokat ÁNYK-ban');
		await expect.poll(() => answerIds(page)).toEqual(forward);
		await expect(page.locator('details#anyk summary mark')).toHaveText(['ÁNYK', 'bevall']);

		// Typed, but nothing searchable (signs, emoji, one letter): the page says so instead of seeming deaf.
		await search.fill('📱 a');
		await expect(page.getByRole('status').filter({ hasText: 'A beírt szövegben nincs kereshető szó.' })).toBeVisible();
		await expect(page.locator('main details')).toHaveCount(FACTS_FAQ_IDS.length);

		// No result: a clear message and the most useful links, a person to ask among them.
		await search.fill('xyzzy ujsag');
		await expect(page.getByRole('heading', { name: 'Erre nincs találat' })).toBeVisible();
		await expect(page.locator('main details')).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'Nincs találat' })).toBeVisible();
		const noResult = page.locator('.no-result');
		await expect(noResult.getByRole('link')).toHaveCount(4);
		await expect(noResult.getByRole('link', { name: 'Kitől kérhetek személyesen segítséget?' })).toHaveAttribute(
			'href',
			'#segitseg'
		);
		await expect(noResult.getByRole('link').nth(0)).toHaveAttribute('href', '/beallitas/1');
		await expect(noResult.getByRole('link').nth(1)).toHaveAttribute('href', '/ellenorzes');
		await expect(noResult.getByRole('link').nth(2)).toHaveAttribute('href', '#nem-jo-a-kod');
		expect(await axeViolations(page)).toEqual([]);

		// Following an answer's link leaves the search and opens that answer.
		await noResult.getByRole('link').nth(2).click();
		await expect(page.locator('details#nem-jo-a-kod')).toHaveAttribute('open', '');
		await expect(search).toHaveValue('');
		await expect(page.locator('main details')).toHaveCount(FACTS_FAQ_IDS.length);

		// English search searches the English text.
		await page.goto('/en/gyik');
		await ready(page);
		await page.getByRole('searchbox', { name: 'Search the questions' }).fill('removal code');
		await expect.poll(async () => (await answerIds(page)).slice(0, 2)).toContain('elveszett-torlokod');
		await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('the count under the search field changes with the list at once; a screen reader hears it when typing pauses', async ({
		page
	}) => {
		await page.clock.install({ time: new Date('2026-11-26T10:00:00+01:00') });
		await page.goto('/gyik');
		await ready(page);
		// From here on no timer runs unless the test lets time pass.
		await page.clock.pauseAt(new Date('2026-11-26T10:05:00+01:00'));
		const search = page.getByRole('searchbox', { name: 'Keresés a kérdések között' });
		const shown = page.locator('search .count');
		const heard = page.locator('search').getByRole('status');

		await search.fill('xyzzy ujsag');
		await expect(page.getByRole('heading', { name: 'Erre nincs találat' })).toBeVisible();
		await expect(shown).toHaveText('Nincs találat');
		await expect(heard).toHaveText('');
		await page.clock.runFor(600);
		await expect(heard).toHaveText('Nincs találat');

		// A new query: the old count never stands under the new list, and is not said before the pause either.
		await search.fill('torlokod');
		await expect(page.getByRole('heading', { name: 'Erre nincs találat' })).toHaveCount(0);
		const listed =
			(await page.locator('main details').count()) + (await page.locator('.step-hits').getByRole('link').count());
		await expect(shown).toHaveText(`${listed} találat`);
		await expect(heard).toHaveText('Nincs találat');
		await page.clock.runFor(600);
		await expect(heard).toHaveText(`${listed} találat`);
		// The count is read once: the visible line is for the eyes, the status for the ears.
		await expect(shown).toHaveAttribute('aria-hidden', 'true');

		// Typed key by key: every key starts the pause again, even one that leaves the count as it was (a space).
		await search.fill('');
		await page.clock.runFor(600);
		await expect(heard).toHaveText('');
		await search.pressSequentially('telefon');
		await page.clock.runFor(400);
		await search.press(' ');
		await page.clock.runFor(400);
		await expect(shown).toHaveText(/^\d+ találat$/);
		await expect(heard).toHaveText('');
		await page.clock.runFor(200);
		await expect(heard).toHaveText((await shown.textContent()) ?? '');
	});

	test('the "code is rejected" check: one question at a time, errors, the clock answer, start over', async ({
		page
	}) => {
		await page.goto('/gyik');
		await ready(page);
		const clock = page.getByRole('group', { name: 'Automatikusan állítja be a telefon a dátumot és az időt?' });
		const next = page.getByRole('button', { name: 'Tovább' });

		// Nothing chosen: the error summary takes focus and its link leads to the field.
		await next.click();
		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText('Válasszon egy lehetőséget.');
		await expect(clock).toContainText('Válasszon egy lehetőséget.');
		expect(await axeViolations(page)).toEqual([]);
		await summary.getByRole('link', { name: 'Válasszon egy lehetőséget.' }).click();
		await expect(clock.getByRole('radio', { name: 'Igen' })).toBeFocused();

		// "No" to automatic time ends at the clock answer.
		await clock.getByRole('radio', { name: 'Nem', exact: true }).check();
		await next.click();
		const result = page.getByRole('heading', { name: 'Kapcsolja be az automatikus dátumot és időt' });
		await expect(result).toBeFocused();
		await expect(page.getByRole('alert')).toHaveCount(0);
		await page.getByRole('link', { name: 'Mit ellenőrizzen még, ha a kód nem jó' }).click();
		await expect(page.locator('details#nem-jo-a-kod')).toHaveAttribute('open', '');
		await expect(page.locator('details#nem-jo-a-kod summary')).toBeFocused();

		// Start over, then by keyboard: yes → two rows ends at the two-codes answer.
		await page.getByRole('button', { name: 'Újrakezdés' }).click();
		await expect(clock).toBeVisible();
		await expect(clock.locator('legend')).toBeFocused();
		await clock.getByRole('radio', { name: 'Igen' }).check();
		await next.press('Enter');
		const row = page.getByRole('group', { name: /Hány sort lát/ });
		await expect(row.locator('legend')).toBeFocused();
		await row.getByRole('radio', { name: 'Kettőt vagy többet' }).check();
		await next.click();
		await expect(page.getByRole('link', { name: 'Miért lát két kódot' })).toHaveAttribute('href', '#ket-kod');

		// The longest path ends at the app's own code check.
		await page.getByRole('button', { name: 'Újrakezdés' }).click();
		for (const [question, answer] of [
			[/Automatikusan/, 'Igen'],
			[/Hány sort/, 'Egy sort'],
			[/Beállította mostanában/, 'Nem'],
			[/ÁNYK/, 'Nem']
		] as const) {
			await page.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true }).check();
			await next.click();
		}
		await expect(page.getByRole('link', { name: 'A kód ellenőrzése' }).last()).toHaveAttribute('href', '/ellenorzes');
	});

	test('copy link puts the address of the answer on the clipboard and says so', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto('/gyik#elveszett-torlokod');
		const answer = page.locator('details#elveszett-torlokod');
		await expect(answer).toHaveAttribute('open', '');
		// One copy button per answer, each is named with its question, for screen readers and voice control.
		const names = await page
			.locator('details .copy-link button')
			.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
		expect(names).toHaveLength(FACTS_FAQ_IDS.length);
		expect(new Set(names).size).toBe(FACTS_FAQ_IDS.length);
		await page
			.getByRole('button', { name: 'Link másolása: Elvesztettem a törlőkódomat. Mit tegyek?', exact: true })
			.click();
		await expect(answer.getByRole('status')).toHaveText('Kimásolva.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/gyik#elveszett-torlokod`);

		await page.goto('/en/gyik#anyk');
		await page.locator('details#anyk').getByRole('button', { name: 'Copy link' }).click();
		await expect(page.locator('details#anyk').getByRole('status')).toHaveText('Copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/gyik#anyk`);
	});

	test('without a clipboard API the link is shown to copy by hand', async ({ page, baseURL }) => {
		await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
		await page.goto('/gyik#ket-kod');
		const answer = page.locator('details#ket-kod');
		await expect(answer).toHaveAttribute('open', '');
		await answer.getByRole('button', { name: 'Link másolása' }).click();
		await expect(answer.getByRole('status')).toContainText('A másolás ezen az eszközön nem sikerült');
		await expect(answer.getByRole('status')).toContainText(`${baseURL}/gyik#ket-kod`);
	});

	test('after one visit the FAQ and its search work offline', async ({ page, context }) => {
		await page.goto('/gyik');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.reload();
		await ready(page);
		await page.getByRole('searchbox', { name: 'Keresés a kérdések között' }).fill('torlokod');
		await expect.poll(async () => (await answerIds(page)).slice(0, 2)).toContain('elveszett-torlokod');
		await expect(page.locator('details#elveszett-torlokod summary mark')).toBeVisible();
		await page.goto('/en/gyik#efo');
		await expect(page.locator('details#efo')).toHaveAttribute('open', '');
		await expect(page.locator('details#efo').getByText('25T1042E')).toBeVisible();
	});

	test('real questions: the best answer comes first and opens; a rejected code offers the check first', async ({
		page
	}) => {
		await page.goto('/gyik');
		await ready(page);
		const search = page.getByRole('searchbox', { name: 'Keresés a kérdések között' });
		for (const [query, id] of [
			['ellopták a telefonom', 'elveszett-telefon'],
			['torlokod elveszett', 'elveszett-torlokod'],
			['email', 'nincs-okostelefon'],
			['telefoncsere', 'elveszett-telefon'],
			['lejárt a jelszavam', 'jelszo-lejart']
		] as const) {
			await search.fill(query);
			await expect.poll(async () => (await answerIds(page))[0], query).toBe(id);
			// Only the best answer opens.
			await expect(page.locator('main details').first()).toHaveAttribute('open', '');
			await expect(page.locator('main details[open]')).toHaveCount(1);
			await expect(page.getByRole('link', { name: /Néhány kérdéssel megkeressük az okát/ })).toHaveCount(0);
		}

		await search.fill('hibás kód');
		const offer = page.getByRole('link', {
			name: 'A kódot nem fogadja el a rendszer? Néhány kérdéssel megkeressük az okát.'
		});
		await expect(offer).toHaveAttribute('href', '#kod-hibakereso');
		await expect.poll(async () => (await answerIds(page))[0]).toBe('nem-jo-a-kod');
		// The offer comes before the answers.
		const offerFirst = await offer.evaluate(
			(a) => !!(a.compareDocumentPosition(document.querySelector('main details')!) & Node.DOCUMENT_POSITION_FOLLOWING)
		);
		expect(offerFirst).toBe(true);
		expect(await axeViolations(page)).toEqual([]);

		await page.goto('/en/gyik');
		await ready(page);
		await page.getByRole('searchbox', { name: 'Search the questions' }).fill('my phone was stolen');
		await expect.poll(async () => (await answerIds(page))[0]).toBe('elveszett-telefon');
	});

	test('the typed search survives going to a step and coming back', async ({ page }) => {
		await page.goto('/gyik');
		await ready(page);
		const search = page.getByRole('searchbox', { name: 'Keresés a kérdések között' });
		await search.fill('Törlőkód ELVESZETT');
		await expect.poll(async () => (await answerIds(page))[0]).toBe('elveszett-torlokod');
		await page
			.locator('details#elveszett-torlokod')
			.getByRole('link', { name: /^7\. lépés/ })
			.click();
		await expect(page).toHaveURL(/\/beallitas\/7$/);
		await page.goBack();
		// Exactly as typed: case and accents kept.
		await expect(search).toHaveValue('Törlőkód ELVESZETT');
		await expect.poll(async () => (await answerIds(page))[0]).toBe('elveszett-torlokod');
		await page.goForward();
		await expect(page).toHaveURL(/\/beallitas\/7$/);
	});

	test('the DÁP answer compares DÁP and Ügyfélkapu+ in a table with headers', async ({ page }) => {
		for (const [path, caption, row] of [
			['/gyik#dap', 'A DÁP és az Ügyfélkapu+ egy pillantásra', 'ÁNYK (bevallások)'],
			['/en/gyik#dap', 'DÁP and Ügyfélkapu+ at a glance', 'ÁNYK (tax returns)']
		] as const) {
			await page.goto(path);
			const table = page.locator('details#dap').getByRole('table', { name: caption });
			await expect(table).toBeVisible();
			await expect(table.getByRole('columnheader')).toHaveCount(3);
			await expect(table.getByRole('rowheader')).toHaveCount(5);
			await expect(table.getByRole('row', { name: row })).toBeVisible();
			// It says what DÁP needs, and no longer that it needs "an activated identity card".
			await expect(page.locator('details#dap')).not.toContainText(/aktivált személyi|activated identity card/);
			expect(await axeViolations(page)).toEqual([]);
		}
	});

	test('who can help: the accountant from the link, else the helpline and a kormányablak', async ({ page }) => {
		await page.goto('/gyik#segitseg');
		const help = page.locator('details#segitseg');
		await expect(help.getByRole('heading', { name: 'Kitől kérhet segítséget?' })).toBeVisible();
		await expect(help).toContainText('1818');
		await expect(help).toContainText('kormányablakban');
		await expect(help).not.toContainText('aki ezt a linket küldte');

		// An accountant's link names them: shown first, as plain text.
		await page.goto('/gyik?konyvelo=%3Cb%3EKiss%20Anna%3C%2Fb%3E&telefon=%2B36%2030%20123%204567#segitseg');
		await expect(help).toContainText('Segítséget kérhet attól, aki ezt a linket küldte: <b>Kiss Anna</b>');
		await expect(help.getByRole('link', { name: /\+36 30 123 4567/ })).toHaveAttribute('href', 'tel:+36301234567');
		await expect(help.locator('b')).toHaveCount(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('the check numbers its questions, steps back, and every result says who can help', async ({ page }) => {
		await page.goto('/gyik');
		await ready(page);
		const next = page.getByRole('button', { name: 'Tovább' });
		const back = page.getByRole('button', { name: 'Vissza az előző kérdéshez' });
		const clock = page.getByRole('group', { name: /Automatikusan állítja be/ });
		await expect(clock.locator('legend')).toContainText('1. kérdés / 4');
		await expect(back).toHaveCount(0);

		await clock.getByRole('radio', { name: 'Igen' }).check();
		await next.click();
		const row = page.getByRole('group', { name: /Hány sort lát/ });
		await expect(row.locator('legend')).toBeFocused();
		await expect(row.locator('legend')).toContainText('2. kérdés / 4');

		// One step back: the first question again, focused, then forward to a result.
		await back.click();
		await expect(clock.locator('legend')).toBeFocused();
		await expect(clock.locator('legend')).toContainText('1. kérdés / 4');
		await clock.getByRole('radio', { name: 'Nem', exact: true }).check();
		await next.click();
		const result = page.locator('#kod-hibakereso .outcome');
		await expect(result.getByRole('heading', { name: 'Kapcsolja be az automatikus dátumot és időt' })).toBeFocused();
		await expect(result.getByRole('heading', { name: 'Kitől kérhet segítséget?' })).toBeVisible();
		await expect(result).toContainText('1818');
		expect(await axeViolations(page)).toEqual([]);

		// From a result, one step back returns to the last question.
		await back.click();
		await expect(clock.locator('legend')).toBeFocused();

		await page.goto('/en/gyik');
		await ready(page);
		await expect(page.getByRole('group', { name: /Does your phone set/ }).locator('legend')).toContainText(
			'Question 1 of 4'
		);
	});
});
