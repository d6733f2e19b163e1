import type { Browser, Page } from '@playwright/test';
import { axeViolations, expect, savedPreferences, test, waitForServiceWorker } from './fixtures';
import { pdfPageCount } from './support/pdf';
import { decodeQrPng } from './support/png';

// Written by hand from the format (fragment only; nev, iroda, tel, email, uzenet, ut; spaces and
// accented letters percent-encoded, + @ kept), not produced by the app's builder.
const FRAGMENT =
	'#nev=Kiss%20Anna&iroda=P%C3%A9lda%20Kft.&tel=+36%201%20234%205678&email=anna@pelda.hu' +
	'&uzenet=Sz%C3%A9p%20napot!%20H%C3%ADvjon,%20ha%20elakad.&ut=uj';
const WHO = 'Kiss Anna (Példa Kft.)';
const MESSAGE = 'Szép napot! Hívjon, ha elakad.';
// RFC 6238 test key (ASCII "12345678901234567890").
const KEY = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

/** A fresh browser context, as the client's own device: nothing shared with the accountant's page. */
async function clientPage(browser: Browser, baseURL: string | undefined, problems: string[]): Promise<Page> {
	const context = await browser.newContext({ baseURL });
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
	});
	const page = await context.newPage();
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
	page.on('pageerror', (e) => problems.push(e.message));
	return page;
}

/** A full page load that waits until the app has hydrated (the guard's goto does this for `page`). */
async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

async function fillForm(page: Page) {
	await page.getByLabel('Az Ön neve').fill('Kiss Anna');
	await page.getByLabel('Az iroda neve (nem kötelező)').fill('Példa Kft.');
	await page.getByLabel('Telefonszám (nem kötelező)').fill('+36 1 234 5678');
	await page.getByLabel('E-mail-cím (nem kötelező)').fill('anna@pelda.hu');
	await page.getByLabel('Rövid személyes üzenet (nem kötelező)').fill(MESSAGE);
}

test.describe('accountant link', () => {
	test('the form explains mistakes, keeps what was typed, and makes the fragment link, QR and message', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/konyveloknek');
		await page.getByLabel('Telefonszám (nem kötelező)').fill('36');
		await page.getByLabel('E-mail-cím (nem kötelező)').fill('anna@pelda');
		await page.getByLabel('Rövid személyes üzenet (nem kötelező)').fill('x'.repeat(305));
		await expect(page.locator('#acc-message-count')).toHaveText('5 karakterrel több a megengedettnél');
		// Going over the limit is announced; counting under it is not (it is read with the field instead).
		await expect(page.getByRole('status').filter({ hasText: '5 karakterrel több' })).toHaveCount(1);
		await page.getByRole('button', { name: 'Link elkészítése' }).click();

		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('link')).toHaveText([
			'Írja be a nevét',
			/8–15 számjegyből/,
			/nev@pelda\.hu/,
			'Az üzenet legfeljebb 300 karakter lehet'
		]);
		await summary.getByRole('link', { name: 'Írja be a nevét' }).click();
		await expect(page.getByLabel('Az Ön neve')).toBeFocused();
		await expect(page.getByLabel('Telefonszám (nem kötelező)')).toHaveValue('36');
		expect(await axeViolations(page)).toEqual([]);

		await fillForm(page);
		await page.getByLabel('Új beállítás (még nincs Ügyfélkapu+)').check();
		await expect(page.getByText('30 / 300 karakter')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'karakter' })).toHaveCount(0);
		await expect(page.locator('#acc-message-count')).not.toHaveAttribute('aria-live');

		// Leaving and reopening the page keeps what was typed.
		await page.goto('/gyik');
		await page.goBack();
		await expect(page.getByLabel('Az Ön neve')).toHaveValue('Kiss Anna');
		await page.reload();
		await expect(page.getByLabel('Rövid személyes üzenet (nem kötelező)')).toHaveValue(MESSAGE);
		await expect(page.getByLabel('E-mail-cím (nem kötelező)')).toHaveValue('anna@pelda.hu');

		await page.getByRole('button', { name: 'Link elkészítése' }).click();
		const link = page.locator('#acc-link');
		await expect(link).toHaveText(`${baseURL}/${FRAGMENT}`);
		await page.getByRole('button', { name: 'Link másolása' }).click();
		await expect(page.getByText('Kimásolva.').first()).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${FRAGMENT}`);
		await expect(page.getByRole('img', { name: 'QR-kód, amely a fenti linket tartalmazza' })).toBeVisible();

		const message = page.getByRole('textbox', { name: 'Üzenet a linkkel együtt' });
		await expect(message).toHaveValue(/Ügyfélkapu\+/);
		await expect(message).toHaveValue(
			/soha senki – mi sem – nem kéri el Öntől a 6 számjegyű kódot, a kulcsot vagy a törlőkódot/
		);
		expect(await message.inputValue()).toContain(`${baseURL}/${FRAGMENT}`);
		const mail = page.getByRole('link', { name: 'Megnyitás e-mail-programban' });
		expect(decodeURIComponent((await mail.getAttribute('href')) ?? '')).toContain(`${baseURL}/${FRAGMENT}`);
		expect(await axeViolations(page)).toEqual([]);

		// Trying the link shows the client's view in a new tab, but keeps the accountant's contact nowhere here.
		const tryLink = page.getByRole('link', { name: /^Link kipróbálása/ });
		await expect(tryLink).toHaveAttribute('href', `${baseURL}/${FRAGMENT}&proba=1`);
		const [tab] = await Promise.all([context.waitForEvent('page'), tryLink.click()]);
		const banner = tab.getByTestId('contact-banner');
		await expect(banner).toContainText('Kiss Anna');
		await expect(banner).toContainText('Most Ön próbálja ki a linket: ez a böngésző nem menti el az elérhetőséget.');
		// The address is cleaned only after the arrival is handled, so by then a kept contact would be stored.
		await expect(tab).toHaveURL(/\/beallitas\/1$/);
		expect((await savedPreferences(tab))?.accountant ?? null).toBeNull();
		await tab.close();

		// "Clear form" asks first, then empties the form for good.
		await page.getByRole('button', { name: 'Űrlap törlése' }).click();
		// The question sits in the page's outline under the h1, as an h2.
		await expect(page.getByRole('heading', { level: 2, name: 'Törli az űrlapot?' })).toBeVisible();
		await page.getByRole('button', { name: 'Igen, törlöm' }).click();
		await expect(page.getByLabel('Az Ön neve')).toHaveValue('');
		// Focus does not fall back to the top of the page.
		await expect(page.getByRole('button', { name: 'Űrlap törlése' })).toBeFocused();
		await page.reload();
		await expect(page.getByLabel('Az Ön neve')).toHaveValue('');
	});

	test('the client opens the link in a new browser: banner, path, contact on a step, the check, the sheet', async ({
		page,
		browser,
		baseURL
	}) => {
		await page.goto('/konyveloknek');
		await fillForm(page);
		await page.getByRole('button', { name: 'Link elkészítése' }).click();
		const link = (await page.locator('#acc-link').textContent()) ?? '';

		const problems: string[] = [];
		const client = await clientPage(browser, baseURL, problems);
		await open(client, link);

		// The recommended path opened, and the fragment is gone from the address bar.
		await expect(client).toHaveURL(`${baseURL}/beallitas/1`);
		const banner = client.getByRole('region', { name: 'Ki küldte ezt a linket' });
		await expect(banner).toContainText(`${WHO} küldte Önnek ezt a segédet.`);
		await expect(banner).toContainText(MESSAGE);
		await expect(banner).toContainText('nem hivatalos helyről');
		expect(await axeViolations(client)).toEqual([]);

		// The step's help area names the person, with tap-to-call and e-mail links.
		const help = client.getByTestId('help-contact');
		await expect(help).toContainText('Segítséget kérhet attól, aki ezt a linket küldte:');
		await expect(help).toContainText(WHO);
		await expect(help.getByRole('link', { name: 'Hívás: +36 1 234 5678' })).toHaveAttribute('href', 'tel:+3612345678');
		// The e-mail link opens a request for help that says which step the client is on, and nothing typed.
		const mailHref = await help.getByRole('link', { name: 'E-mail: anna@pelda.hu' }).getAttribute('href');
		const mailUrl = new URL(mailHref ?? '');
		expect(mailUrl.protocol + mailUrl.pathname).toBe('mailto:anna@pelda.hu');
		expect(mailUrl.searchParams.get('subject')).toBe('Ügyfélkapu+: segítséget kérnék');
		expect(mailUrl.searchParams.get('body')).toBe(
			'Jó napot!\n\nAz Ügyfélkapu+ beállításához segítséget kérnék.\n' +
				'Itt tartok: 1. lépés, „Hitelesítő alkalmazás telepítése”.\n\nÜdvözlettel'
		);
		await expect(client.evaluate(() => location.hash)).resolves.toBe('');

		// A wrong code on /ellenorzes: the contact is offered right there.
		await open(client, '/ellenorzes');
		await expect(client.getByTestId('contact-banner')).toHaveCount(0);
		await client.getByLabel('Kulcs', { exact: true }).fill(KEY);
		await client.getByRole('button', { name: 'Kód mutatása' }).click();
		await client.getByLabel('A telefonon látható kód').fill('000000');
		await client.getByRole('button', { name: 'Ellenőrzés', exact: true }).click();
		await expect(client.getByText('A kód nem egyezik.', { exact: false })).toBeVisible();
		await expect(client.getByTestId('help-contact')).toContainText(WHO);
		const checkMail = await client.getByRole('link', { name: 'E-mail: anna@pelda.hu' }).getAttribute('href');
		expect(new URL(checkMail ?? '').searchParams.get('body')).toContain(
			'Itt tartok: a kód ellenőrzése; a telefonom kódja nem egyezett.'
		);
		expect(checkMail).not.toContain(KEY);

		// The sheet shows it, prints it while kept, and drops it once removed there.
		await open(client, '/biztonsagi-lap');
		await expect(client.getByTestId('help-contact')).toContainText(WHO);
		const sheet = client.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
		await expect(sheet.getByTestId('sheet-contact')).toHaveText(
			'Kiss Anna (Példa Kft.), +36 1 234 5678, anna@pelda.hu'
		);
		await client.getByRole('button', { name: 'Elérhetőség törlése' }).click();
		await client.getByRole('button', { name: 'Igen, törlöm' }).click();
		await expect(client.getByText('Az elérhetőséget töröltük.')).toBeVisible();
		await expect(sheet.getByTestId('sheet-contact')).toHaveCount(0);
		await open(client, '/adatvedelem');
		await expect(client.getByText('Nincs elmentett elérhetőség.')).toBeVisible();
		expect(problems).toEqual([]);
		await client.context().close();
	});

	test('a hostile link shows plain text only, links nothing, opens no dialog; a different contact asks first', async ({
		page
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const hostile =
			'#nev=' +
			encodeURIComponent('<img src=x onerror=alert(1)>') +
			'&iroda=' +
			encodeURIComponent('javascript:alert(2)') +
			'&tel=' +
			encodeURIComponent('javascript:alert(3)') +
			'&email=' +
			encodeURIComponent('data:text/html,<script>alert(4)</script>') +
			'&uzenet=' +
			encodeURIComponent('data:text/html,<script>alert(5)</script>\u202Egnp.exe') +
			'&kulcs=' +
			KEY;
		await page.goto('/' + hostile);
		await expect(page).toHaveURL(/\/$/);
		const banner = page.getByTestId('contact-banner');
		await expect(banner).toContainText(
			'<img src=x onerror=alert(1)> (javascript:alert(2)) küldte Önnek ezt a segédet.'
		);
		await expect(banner).toContainText('data:text/html,<script>alert(5)</script>gnp.exe');
		await expect(page.locator('main img[src="x"]')).toHaveCount(0);
		const help = page.getByTestId('help-contact');
		await expect(help).toBeVisible();
		await expect(help.getByRole('link')).toHaveCount(0);
		await expect(page.locator('a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0);
		expect(await page.content()).not.toContain(KEY);
		await expect(page.getByRole('link', { name: 'Switch to English' })).toHaveAttribute('href', '/en');

		// A later link naming someone else asks before replacing the saved contact.
		await page.goto('/ellenorzes#nev=NAV%20%C3%BCgyint%C3%A9z%C5%91&tel=%2B36%2030%20999%209999');
		await expect(page).toHaveURL(/\/ellenorzes$/);
		const ask = page.getByRole('region', { name: 'Ez a link más személyt nevez meg' });
		await expect(ask).toContainText('NAV ügyintéző');
		await ask.getByRole('button', { name: 'A korábbit tartom meg' }).click();
		await expect(page.getByText('Megtartottuk a korábbi elérhetőséget.')).toBeVisible();
		await page.goto('/biztonsagi-lap');
		await expect(page.getByTestId('help-contact')).toContainText('<img src=x onerror=alert(1)>');
		await expect(page.getByTestId('help-contact')).not.toContainText('NAV');
		expect(dialogs).toEqual([]);
	});

	test('an old query-string link still shows the contact once, then the address bar is clean', async ({
		page,
		baseURL
	}) => {
		await page.goto('/?konyvelo=Kiss%20Anna&telefon=%2B36%201%20234%205678&email=anna%40pelda.hu');
		await expect(page).toHaveURL(`${baseURL}/`);
		await expect(page.getByTestId('contact-banner')).toContainText('Kiss Anna küldte Önnek ezt a segédet.');
		await expect(page.getByTestId('help-contact').getByRole('link', { name: 'Hívás: +36 1 234 5678' })).toBeVisible();
	});

	test('a link opened in the tab that already shows the helper is read too (only the fragment changes)', async ({
		page,
		baseURL
	}) => {
		await page.goto('/');
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await page.evaluate(() => (location.hash = '#nev=Kiss%20Anna&tel=06301234567&ut=uj'));
		await expect(page).toHaveURL(`${baseURL}/beallitas/1`);
		await expect(page.getByTestId('contact-banner')).toContainText('Kiss Anna küldte Önnek ezt a segédet.');

		// A second link naming someone else, again in the same tab: the client is asked which to keep.
		await page.evaluate(() => (location.hash = '#nev=Nagy%20B%C3%A9la&tel=06201112222'));
		await expect(page.getByRole('heading', { name: 'Ez a link más személyt nevez meg' })).toBeVisible();
		await expect(page).toHaveURL(`${baseURL}/beallitas/1`);
	});

	test('the banner in English is calm and accessible; the link opens offline', async ({ page, context, baseURL }) => {
		await page.goto('/en/konyveloknek');
		// The accountant's page in English: the error state and the results are accessible too.
		await page.getByRole('button', { name: 'Make the link' }).click();
		await expect(page.getByRole('alert')).toContainText('Enter your name');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Your name').fill('Kiss Anna');
		await page.getByRole('button', { name: 'Make the link' }).click();
		await expect(page.getByRole('img', { name: 'QR code containing the link above' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.goto(`/en${FRAGMENT.replace('ut=uj', 'ut=elveszett')}`);
		await expect(page).toHaveURL(`${baseURL}/en/gyik#elveszett-telefon`);
		const banner = page.getByRole('region', { name: 'Who sent you this link' });
		await expect(banner).toContainText(`${WHO} sent you this helper.`);
		// The lost-phone answer offers the same person's help.
		await expect(page.locator('#elveszett-telefon').getByTestId('help-contact')).toContainText(WHO);
		// Its e-mail asks for help in English; an answer is not a place in the setup, so it names none.
		const mail = await page
			.locator('#elveszett-telefon')
			.getByRole('link', { name: /^E-mail:/ })
			.getAttribute('href');
		const query = new URL(mail ?? '').searchParams;
		expect(query.get('subject')).toBe('Ügyfélkapu+: I need help');
		expect(query.get('body')).toBe('Hello,\n\nI need help setting up Ügyfélkapu+.\n\nBest regards');
		await expect(banner).toContainText('not from an official source');
		expect(await axeViolations(page)).toEqual([]);
		await context.setOffline(false);
	});
});

test('at the end of the journey the client sees and can send a receipt without any secret', async ({ page }) => {
	test.slow();
	await page.goto('/' + FRAGMENT);
	await expect(page).toHaveURL(/\/beallitas\/1$/);
	for (let step = 1; step <= 8; step++) {
		await expect(page.getByText(`${step}. lépés a 9-ből`, { exact: true })).toBeVisible();
		await page.locator('form[novalidate]').waitFor();
		if (step === 5) await page.getByLabel('Kulcs (a QR-kód alatti betűk és számok)').fill(KEY);
		if (step === 7) await page.locator('#step-gate').check();
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
	}
	await expect(page.getByText('9. lépés a 9-ből', { exact: true })).toBeVisible();
	// Step 9 is not done yet: the report that says "done" is offered only when it is. The contact's words are loaded
	// by then (the help box shows them), so a report would be on the page already.
	await page.locator('form[novalidate]').waitFor();
	await expect(page.getByText('Segítséget kérhet attól, aki ezt a linket küldte:')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Jelezze vissza, hogy elkészült' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Kész, vissza a kezdőlapra' }).click();

	await expect(page.getByText('Minden lépéssel elkészült.')).toBeVisible();
	const report = page.getByRole('region', { name: 'Jelezze vissza, hogy elkészült' });
	await expect(report).toContainText('Ezt a rövid üzenetet elküldheti Kiss Anna (Példa Kft.) részére.');
	const receipt = report.getByRole('textbox', { name: 'Az elküldendő üzenet' });
	await expect(receipt).toHaveValue(/Az Ügyfélkapu\+ beállításának mind a 9 lépését elvégeztem\./);
	await expect(receipt).toHaveValue(/A törlőkódot elmentettem\./);
	// The name the client gives signs the message, in the e-mail too.
	await report.getByRole('textbox', { name: 'Az Ön neve (nem kötelező)' }).fill('Nagy Béla');
	await expect(receipt).toHaveValue(/\nÜdvözlettel\nNagy Béla$/);
	const mail = report.getByRole('link', { name: 'Küldés e-mailben' });
	await expect(mail).toHaveAttribute('href', /^mailto:anna@pelda\.hu\?subject=/);
	const sent = decodeURIComponent((await mail.getAttribute('href')) ?? '');
	expect(sent).toContain('A törlőkódot elmentettem.');
	expect(sent).toContain('Nagy Béla');
	expect(await receipt.inputValue()).not.toContain(KEY);
	expect(await axeViolations(page)).toEqual([]);
});

test("a long personal message keeps the link readable at the page's own size, on a phone and a desktop", async ({
	page
}) => {
	const message = 'Kedves Ügyfelem! Kérem, állítsa be az Ügyfélkapu+ belépést a bevallási határidő előtt. '.repeat(3);
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/konyveloknek');
		await page.getByLabel('Az Ön neve').fill('Kiss Anna');
		await page.getByLabel('Rövid személyes üzenet (nem kötelező)').fill(message.trim());
		await page.getByRole('button', { name: 'Link elkészítése' }).click();
		const link = page.locator('#acc-link');
		await expect(link).toContainText('uzenet=Kedves');
		// Every piece of the link is drawn at the link's own size (before: the whole link shrank to about 3.6 px so
		// that the message, one unbreakable piece, fitted on a line), and nothing scrolls sideways.
		const sizes = await link.evaluate((box) => {
			const own = parseFloat(getComputedStyle(box).fontSize);
			return Array.from(
				box.querySelectorAll('span span'),
				(piece) => parseFloat(getComputedStyle(piece).fontSize) / own
			);
		});
		expect(sizes.length).toBeGreaterThan(20);
		expect(Math.min(...sizes), `width ${width}`).toBeGreaterThan(0.99);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
	}
});

test.describe('accountant letters', () => {
	// Three device pixels per CSS pixel give the QR screenshot enough detail for the decoder.
	test.use({ deviceScaleFactor: 3 });

	test('the letter and a batch of three print one A4 page per client; the letter’s QR code scans to the link', async ({
		page
	}) => {
		test.slow();
		await page.addInitScript(() => {
			// Headless printing is page.pdf(); the button's window.print() only has to be called.
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});
		await page.goto('/konyveloknek');
		await fillForm(page);
		await page.getByRole('button', { name: 'Link elkészítése' }).click();
		const link = (await page.locator('#acc-link').textContent()) ?? '';
		await expect(page.getByRole('img', { name: 'QR-kód, amely a fenti linket tartalmazza' })).toBeVisible();

		await page.getByRole('button', { name: 'Levél nyomtatása' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		const one = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pdfPageCount(one)).toBe(1);

		// The QR code on the letter, as printed, decodes to the link.
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 794, height: 1123 });
		const letter = page.getByRole('article', { name: 'Ügyfélkapu+ beállítása – útmutató' });
		await expect(letter).toHaveCount(1);
		await expect(letter).toContainText('Kedves Ügyfelünk!');
		// To type from paper, the helper's address alone; the QR code carries the whole link.
		await expect(letter).toContainText(`Ha ez nem megy, írja be ezt a címet a böngészőbe: ${link.split('#')[0]}`);
		await expect(letter).not.toContainText('#');
		await expect(letter).toContainText('Soha senki – mi sem – nem kéri el');
		const qr = letter.getByRole('img', { name: 'QR-kód a segéd linkjével' });
		expect(decodeQrPng(await qr.screenshot())).toBe(link);
		// Back to the default (page.pdf prints with print media only when none is forced).
		await page.emulateMedia({ media: null });
		await page.setViewportSize({ width: 1280, height: 900 });

		// Too many names: a clear error, nothing lost.
		const names = page.getByLabel('Az ügyfelek neve, soronként egy');
		await names.fill(Array.from({ length: 201 }, (_, i) => `Ügyfél ${i + 1}`).join('\n'));
		await page.getByRole('button', { name: 'Levelek nyomtatása' }).click();
		await expect(page.getByRole('alert')).toContainText('legfeljebb 200 ügyfélnek');
		await expect(page.getByRole('alert')).toContainText('201 név');
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

		await names.fill('Nagy Béla\n\nTóth Éva\nSzabó Kft.\n');
		await page.getByRole('button', { name: 'Levelek nyomtatása' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
		const batch = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pdfPageCount(batch)).toBe(3);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('article', { name: 'Ügyfélkapu+ beállítása – útmutató' })).toHaveCount(3);
		for (const name of ['Nagy Béla', 'Tóth Éva', 'Szabó Kft.']) {
			await expect(page.getByText(`Kedves ${name}!`)).toBeVisible();
		}
	});
});
