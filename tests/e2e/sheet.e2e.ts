import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { axeViolations, expect, test, waitForServiceWorker } from './fixtures';
import { expectNoSecretLeft, recordRequests } from './secrets';
import { pdfLines, pdfPageCount, pdfText } from './support/pdf';
import { decodePng } from './support/png';
import { stepReady } from './wizard-helpers';

// Built by hand from the Key URI Format in FACTS.md (percent-encoded issuer and account), not by the app.
const EXPECTED_URI =
	'otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B:minta123%40ugyfelkapu.gov.hu?secret=JBSWY3DPEHPK3PXP' +
	'&issuer=%C3%9Cgyf%C3%A9lkapu%2B&algorithm=SHA1&digits=6&period=30';
const TYPED_KEY = 'jbsw y3dp ehpk 3pxp';
const GROUPED_KEY = 'JBSW Y3DP EHPK 3PXP';
const REMOVAL_CODE = 'K7QX-92MB-RT4Z';
const ACCOUNT = 'minta123@ugyfelkapu.gov.hu';
const CONTACT_LINK = '/biztonsagi-lap?konyvelo=Kiss%20Anna&telefon=%2B36%201%20234%205678&email=anna%40example.hu';
// 3 March 2025, 10:00 in Budapest.
const SETUP_DAY = new Date('2025-03-03T10:00:00+01:00');

test.describe('safety sheet', () => {
	// Three device pixels per CSS pixel give the QR screenshot enough detail for the decoder.
	test.use({ deviceScaleFactor: 3 });

	test('the preview shows what will be printed: the key in groups, account, törlőkód, date, devices and contact', async ({
		page,
		baseURL
	}) => {
		await fillFullSheet(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Biztonsági lap nyomtatása' })).toBeVisible();
		// What stays in memory and what is remembered, as the page really does it (the username is saved).
		await expect(page.getByText('újratölti vagy bezárja az oldalt, törlődnek')).toBeVisible();
		await expect(page.getByText('A felhasználónevét ezen az eszközön megjegyezzük.', { exact: false })).toBeVisible();
		await expect(page.getByRole('list', { name: 'A lapra kerülő eszközök' }).getByRole('listitem')).toHaveCount(1);
		await expect(page.getByLabel('Kitől kérhet segítséget? (nem kötelező)')).toHaveValue(
			'Kiss Anna, +36 1 234 5678, anna@example.hu'
		);
		await expect(page.getByText('„Mentés PDF-ként”', { exact: false })).toBeVisible();

		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
		await expect(sheet).toContainText(GROUPED_KEY);
		await expect(sheet).toContainText(ACCOUNT);
		await expect(sheet).toContainText(REMOVAL_CODE);
		await expect(sheet).toContainText('2025. március 3.');
		await expect(sheet).toContainText('Saját Samsung telefon');
		await expect(sheet).not.toContainText('Irodai tablet');
		// The blank lines for the pen are one item for a screen reader, not a row of empty bullets.
		const devices = sheet.getByRole('region', { name: 'Eszközök, amelyeken a kulcs megvan' });
		await expect(devices.locator('li:not([aria-hidden])')).toHaveText([
			'Saját Samsung telefon',
			'5 üres sor, ide kézzel írhat további eszközöket.'
		]);
		await expect(devices.locator('li[aria-hidden="true"]')).toHaveCount(5);
		for (const line of await devices.locator('li[aria-hidden="true"]').all()) await expect(line).toHaveText('');
		await expect(sheet).toContainText(`${baseURL}`);
		await expect(sheet.getByRole('img', { name: /QR-kód/ })).toBeVisible();
	});

	test('on paper only the sheet is left, on one A4 page with the key, törlőkód, account and date', async ({ page }) => {
		await fillFullSheet(page);
		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
		await expect(sheet.getByRole('img', { name: /QR-kód/ })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 794, height: 1123 });
		for (const hidden of [
			page.getByRole('banner'),
			page.getByRole('navigation'),
			page.getByRole('contentinfo'),
			page.getByRole('heading', { level: 1 }),
			page.getByLabel('Kulcs (nem kötelező)'),
			page.getByLabel('Törlőkód (nem kötelező)'),
			page.getByRole('button', { name: 'Nyomtatás' }),
			page.getByRole('button', { name: 'Eszköz hozzáadása' })
		]) {
			await expect(hidden).toBeHidden();
		}
		for (const text of [GROUPED_KEY, ACCOUNT, REMOVAL_CODE, 'Kiss Anna, +36 1 234 5678, anna@example.hu']) {
			await expect(sheet.getByText(text, { exact: true })).toBeVisible();
		}
		await expect(sheet.getByText('Tartsa elzárva! Ezzel a lappal és a jelszavával bárki be tud lépni')).toBeVisible();
		await expect(sheet.getByText('„UkapuReg”', { exact: false })).toBeVisible();

		const pdf = await page.pdf({ format: 'A4' });
		expect(pdfPageCount(pdf)).toBe(1);
		// Line by line as on paper: each code must stand on one line.
		const text = pdfLines(pdf).join('\n');
		expect(text).toContain(GROUPED_KEY);
		expect(text).toContain(REMOVAL_CODE);
		expect(text).toContain(ACCOUNT);
		expect(text).toContain('2025. március 3.');
	});

	test('with the key left to be written by hand, the sheet says to type it in, and prints on one page under the offline note', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/biztonsagi-lap');
		// The floating note of a first visit keeps room below the page while it shows; paper must not get that room.
		await expect(page.getByRole('status').filter({ hasText: 'internet nélkül' })).toBeVisible({ timeout: 30_000 });
		await page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)').fill('minta123');
		await page.getByLabel('Törlőkód (nem kötelező)').fill(REMOVAL_CODE);
		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
		await expect(sheet.getByText('Írja ide a kulcsot (a QR-kód alatti betű- és számsort).')).toBeVisible();
		await expect(sheet.getByRole('img', { name: /QR-kód/ })).toHaveCount(0);
		await expect(sheet).not.toContainText('QR-kódot erről a lapról');
		await expect(sheet).toContainText('írja be kézzel a fenti kulcsot. Egy sikeres próbabelépés után');
		await expect(sheet).toContainText('írja be kézzel a fenti kulcsot. Minden eszköz ugyanazt a kódot fogja mutatni.');
		// With the key (and its QR code) the sheet fills the page: the note's room would push its end onto a second.
		await page.getByLabel('Kulcs (nem kötelező)').fill(TYPED_KEY);
		await expect(sheet.getByRole('img', { name: /QR-kód/ })).toBeVisible();
		expect(await page.evaluate(() => parseFloat(document.body.style.paddingBottom))).toBeGreaterThan(150);
		expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
	});

	test('the printed QR code is at least 35 mm wide and scans to the key', async ({ page }) => {
		await fillFullSheet(page);
		const qr = page.getByRole('article').getByRole('img', { name: /QR-kód/ });
		await expect(qr).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 794, height: 1123 });
		// 96 CSS px per inch.
		const box = await qr.boundingBox();
		expect(box?.width ?? 0).toBeGreaterThanOrEqual((35 / 25.4) * 96);
		expect(decodeQr(await qr.screenshot())).toBe(EXPECTED_URI);
	});

	test('the typed codes go nowhere outside this page’s memory, printed or not', async ({ page, context }) => {
		const sent = recordRequests(context);
		await stubPrint(page);
		await fillFullSheet(page);
		await page.emulateMedia({ media: 'print' });
		await page.pdf({ format: 'A4' });
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('button', { name: 'Nyomtatás' }).click();
		await page.getByRole('button', { name: 'Igen, megvan a lap' }).click();
		await expectNoSecretLeft(page, context, sent, [TYPED_KEY, REMOVAL_CODE]);
	});

	test('a cancelled print dialog does not count as printed: the user is asked, can print again, and leaving still warns', async ({
		page
	}) => {
		await stubPrint(page);
		await page.goto('/biztonsagi-lap');
		await page.getByLabel('Törlőkód (nem kötelező)').fill(REMOVAL_CODE);
		await page.getByRole('button', { name: 'Nyomtatás' }).click();
		expect(await printCalls(page)).toBe(1);

		// The dialog closed: printed or cancelled, the page cannot tell, so it asks.
		const question = page.getByRole('heading', { name: 'Megvan a lap?' });
		await expect(question).toBeFocused();
		await expect(page.getByText('Kijött a lap a nyomtatóból, vagy elmentette PDF-fájlként?')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Kulcs és törlőkód törlése' })).toHaveCount(0);

		await page.getByRole('button', { name: 'Nem, újra nyomtatom' }).click();
		await expect.poll(() => printCalls(page)).toBe(2);
		await expect(question).toBeFocused();
		await expect(page.getByRole('button', { name: 'Kulcs és törlőkód törlése' })).toHaveCount(0);

		// Unanswered, the sheet is still unprinted: leaving asks first.
		const dialogs: string[] = [];
		page.once('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.getByRole('navigation').getByRole('link', { name: 'Kérdések' }).click();
		await expect.poll(() => dialogs.length).toBe(1);
		expect(dialogs[0]).toMatch(/^A biztonsági lapot még nem nyomtatta ki/);
		await expect(page).toHaveURL(/\/biztonsagi-lap$/);
		await expect(page.getByLabel('Törlőkód (nem kötelező)')).toHaveValue(REMOVAL_CODE);
	});

	test('once the user says the sheet came out, the key and the removal code can be forgotten and leaving no longer asks', async ({
		page
	}) => {
		await stubPrint(page);
		await page.goto('/en/biztonsagi-lap');
		await page.getByLabel('Key (optional)').fill(TYPED_KEY);
		await page.getByLabel('Törlőkód (removal code, optional)').fill(REMOVAL_CODE);
		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ safety sheet' });
		await expect(sheet.getByRole('img', { name: /QR code/ })).toBeVisible();
		await page.getByRole('button', { name: 'Print' }).click();
		await expect(page.getByRole('heading', { name: 'Do you have the sheet?' })).toBeFocused();
		await expect(
			page.getByText('Did the sheet come out of the printer, or did you save it as a PDF file?')
		).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);

		await page.getByRole('button', { name: 'Yes, I have it' }).click();
		await expect(page.getByRole('heading', { name: 'Do you have the sheet?' })).toHaveCount(0);
		await expect(
			page.getByRole('heading', { name: 'Last step: delete the key and the removal code from this device' })
		).toBeFocused();
		// Before forgetting, the sheet can be tested by reading its QR code on the code check.
		await expect(page.getByRole('link', { name: 'Test the safety sheet' })).toHaveAttribute('href', '/en/ellenorzes');
		await page.getByRole('button', { name: 'Delete the key and removal code' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'have been deleted' })).toBeVisible();
		await expect(page.getByLabel('Key (optional)')).toHaveValue('');
		await expect(page.getByLabel('Törlőkód (removal code, optional)')).toHaveValue('');
		await expect(sheet).not.toContainText(GROUPED_KEY);
		await expect(sheet).not.toContainText(REMOVAL_CODE);
		await expect(sheet.getByRole('img')).toHaveCount(0);

		// Nothing left to lose, so leaving does not ask.
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.accept();
		});
		await page.getByRole('navigation').getByRole('link', { name: 'Questions' }).click();
		await expect(page).toHaveURL(/\/en\/gyik$/);
		expect(dialogs).toEqual([]);
	});

	test('the browser’s own print command asks too, and a code changed after printing is unprinted again', async ({
		page
	}) => {
		await page.goto('/biztonsagi-lap');
		const code = page.getByLabel('Törlőkód (nem kötelező)');
		await code.fill(REMOVAL_CODE);
		// Ctrl+P or the browser menu: the page hears only 'afterprint', which also comes after a cancel.
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		await expect(page.getByRole('heading', { name: 'Megvan a lap?' })).toBeFocused();
		await page.getByRole('button', { name: 'Igen, megvan a lap' }).click();
		await expect(page.getByRole('button', { name: 'Kulcs és törlőkód törlése' })).toBeVisible();

		await code.fill(`${REMOVAL_CODE}-9`);
		await expect(page.getByRole('button', { name: 'Kulcs és törlőkód törlése' })).toHaveCount(0);
		const dialogs: string[] = [];
		page.once('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.getByRole('navigation').getByRole('link', { name: 'Kérdések' }).click();
		await expect.poll(() => dialogs.length).toBe(1);
		await expect(page).toHaveURL(/\/biztonsagi-lap$/);
	});

	test('a mistyped key is explained next to its field, kept as typed, and never printed', async ({ page }) => {
		await page.goto('/biztonsagi-lap');
		const keyField = page.getByLabel('Kulcs (nem kötelező)');
		await keyField.fill('JBSW Y3DP EHPK 3PX0');
		await keyField.press('Tab');
		await expect(page.getByText('Ez a jel nem lehet benne: „0”.')).toBeVisible();
		await expect(page.getByText('„0” helyett valószínűleg „O” betűt kell írni.')).toBeVisible();
		await expect(keyField).toHaveValue('JBSW Y3DP EHPK 3PX0');
		await expect(keyField).toHaveAttribute('aria-invalid', 'true');
		await expect(keyField).toHaveAccessibleDescription(/Ez a jel nem lehet benne: „0”/);
		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
		await expect(sheet).not.toContainText('JBSW');
		await expect(sheet.getByRole('img')).toHaveCount(0);
		expect(await axeViolations(page)).toEqual([]);

		// Print is refused with an error summary whose link leads back to the field.
		await page.getByRole('button', { name: 'Nyomtatás' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText('Valamit javítani kell');
		await summary.getByRole('link', { name: /Ez a jel nem lehet benne: „0”/ }).click();
		await expect(keyField).toBeFocused();
		await expect(page.getByRole('button', { name: 'Kulcs és törlőkód törlése' })).toHaveCount(0);

		await keyField.fill('JBSW Y3DP');
		await expect(page.getByText('A kulcs túl rövid: 8 jelből áll, de legalább 16 kell.').first()).toBeVisible();

		await keyField.fill('JBSW Y3DP EHPK 3PXO');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(keyField).not.toHaveAttribute('aria-invalid', 'true');
		await expect(sheet).toContainText('JBSW Y3DP EHPK 3PXO');
		await expect(sheet.getByRole('img', { name: /QR-kód/ })).toBeVisible();
	});

	test('the reduced sheet, in English, carries the törlőkód without the key or the QR code, and still fits one page', async ({
		page
	}) => {
		await page.clock.setFixedTime(SETUP_DAY);
		await page.goto('/en/biztonsagi-lap');
		await page.getByLabel('Ügyfélkapu username (optional)').fill('minta123');
		await page.getByLabel('Key (optional)').fill(TYPED_KEY);
		await page.getByLabel('Törlőkód (removal code, optional)').fill(REMOVAL_CODE);
		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ safety sheet' });
		await expect(sheet.getByRole('img', { name: /QR code/ })).toBeVisible();
		await expect(sheet).toContainText('3 March 2025');

		await page.getByRole('radio', { name: 'The removal code only, without the key and QR code' }).check();
		await expect(
			page.getByText(
				"Without the key on paper, when you change phones you can move your login with the authenticator app's own transfer"
			)
		).toBeVisible();
		await expect(page.getByLabel('Key (optional)')).toHaveCount(0);
		// A full list of devices is the longest sheet there can be.
		for (const name of ['Phone one', 'Phone two', 'Tablet', 'Old phone', 'Office PC', 'Spare phone']) {
			await page.getByLabel('Device name').fill(name);
			await page.getByRole('button', { name: 'Add device' }).click();
		}
		await expect(page.getByText('No more devices fit on the sheet')).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		await expect(sheet.getByText(REMOVAL_CODE, { exact: true })).toBeVisible();
		await expect(sheet.getByText('Keep it locked away! With the removal code and your password')).toBeVisible();
		await expect(sheet).not.toContainText('JBSW');
		await expect(sheet.getByRole('img')).toHaveCount(0);
		let pdf = await page.pdf({ format: 'A4' });
		expect(pdfPageCount(pdf)).toBe(1);
		expect(pdfLines(pdf).join('\n')).toContain(REMOVAL_CODE);
		expect(pdfText(pdf)).not.toMatch(/JBSW/);

		// With the box left for handwriting the törlőkód is not printed either.
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('checkbox', { name: 'Leave the removal code box empty; I will write it in by hand' }).check();
		await page.emulateMedia({ media: 'print' });
		await expect(sheet.getByText('Write the removal code here by hand.')).toBeVisible();
		pdf = await page.pdf({ format: 'A4' });
		expect(pdfPageCount(pdf)).toBe(1);
		expect(pdfText(pdf)).not.toContain(REMOVAL_CODE);
	});

	test('leaving a filled-in sheet that was not printed asks first', async ({ page }) => {
		const dialogs: string[] = [];
		await page.goto('/biztonsagi-lap');
		const code = page.getByLabel('Törlőkód (nem kötelező)');
		await code.fill(REMOVAL_CODE);

		// An in-app link: the user can stay.
		page.once('dialog', (d) => {
			dialogs.push(`${d.type()}: ${d.message()}`);
			void d.dismiss();
		});
		await page.getByRole('navigation').getByRole('link', { name: 'Kérdések' }).click();
		await expect.poll(() => dialogs.length).toBe(1);
		expect(dialogs[0]).toMatch(/^confirm: A biztonsági lapot még nem nyomtatta ki/);
		await expect(page).toHaveURL(/\/biztonsagi-lap$/);
		await expect(code).toHaveValue(REMOVAL_CODE);

		// The same sheet in English keeps everything, so it does not ask.
		await page.getByRole('link', { name: 'Switch to English' }).click();
		await expect(page).toHaveURL(/\/en\/biztonsagi-lap$/);
		await expect(page.getByLabel('Törlőkód (removal code, optional)')).toHaveValue(REMOVAL_CODE);
		expect(dialogs).toHaveLength(1);

		// Reloading would wipe the memory: the browser's own leave dialog comes up.
		page.once('dialog', (d) => {
			dialogs.push(d.type());
			void d.accept();
		});
		await page.reload();
		await expect.poll(() => dialogs.length).toBe(2);
		expect(dialogs[1]).toBe('beforeunload');
		await expect(page.getByLabel('Törlőkód (removal code, optional)')).toHaveValue('');
	});
});

test('a sheet printed weeks after the setup carries the day of the setup, not the day of printing', async ({
	page
}) => {
	// Step 8 (finishing on the official site) done on 3 March…
	await page.clock.setFixedTime(SETUP_DAY);
	await page.goto('/beallitas/8');
	await stepReady(page);
	await page.getByRole('button', { name: 'Kész, tovább' }).click();
	await expect(page).toHaveURL(/\/beallitas\/9$/);
	// …and the sheet made on 10 May for a new tablet.
	await page.clock.setFixedTime(new Date('2025-05-10T10:00:00+02:00'));
	await page.goto('/biztonsagi-lap');
	const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
	await expect(sheet).toContainText('A beállítás napja');
	await expect(sheet).toContainText('2025. március 3.');
	await expect(sheet).not.toContainText('május');
});

test('the sheet and its QR code work without a network after one visit', async ({ page, context }) => {
	await page.goto('/gyik');
	await waitForServiceWorker(page);
	await expect(page.getByRole('status').filter({ hasText: 'internet nélkül' })).toBeVisible();
	await context.setOffline(true);
	await page.goto('/biztonsagi-lap');
	await page.getByLabel('Kulcs (nem kötelező)').fill(TYPED_KEY);
	const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
	await expect(sheet).toContainText(GROUPED_KEY);
	// The QR code library is fetched only now, from the offline cache.
	await expect(sheet.getByRole('img', { name: /QR-kód/ })).toBeVisible();
});

/** The sheet as a user fills it in from the accountant's link: username, key, törlőkód, one device. */
test('the device list says what each press did, explains a missing or repeated name, and keeps focus in place', async ({
	page
}) => {
	await page.goto('/biztonsagi-lap');
	const name = page.getByLabel('Eszköz neve');
	const add = page.getByRole('button', { name: 'Eszköz hozzáadása' });
	await add.click();
	await expect(page.getByText('Írja be az eszköz nevét, például: Saját telefon.')).toBeVisible();
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toBeFocused();
	await name.fill('Irodai tablet');
	await expect(page.getByText('Írja be az eszköz nevét')).toHaveCount(0);
	await add.click();
	await expect(page.getByRole('status').filter({ hasText: 'Hozzáadva: Irodai tablet' })).toHaveCount(1);
	await name.fill('irodai TABLET');
	await name.press('Enter');
	await expect(page.getByText('Ez az eszköz már szerepel a listán.')).toBeVisible();
	await expect(name).toHaveValue('irodai TABLET');
	await name.fill('Saját telefon');
	await name.press('Enter');
	await expect(page.getByRole('list', { name: 'A lapra kerülő eszközök' }).getByRole('listitem')).toHaveCount(2);

	await page.getByRole('button', { name: 'Eltávolítás: Irodai tablet' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Eltávolítva: Irodai tablet' })).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Eltávolítás: Saját telefon' })).toBeFocused();
	await page.getByRole('button', { name: 'Eltávolítás: Saját telefon' }).click();
	await expect(name).toBeFocused();
	expect(await axeViolations(page)).toEqual([]);
});

async function fillFullSheet(page: Page): Promise<void> {
	await page.clock.setFixedTime(SETUP_DAY);
	await page.goto(CONTACT_LINK);
	await page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)').fill('minta123');
	await page.getByLabel('Kulcs (nem kötelező)').fill(TYPED_KEY);
	await page.getByLabel('Törlőkód (nem kötelező)').fill(REMOVAL_CODE);
	await page.getByLabel('Eszköz neve').fill('Saját Samsung telefon');
	await page.getByRole('button', { name: 'Eszköz hozzáadása' }).click();
	await page.getByLabel('Eszköz neve').fill('Irodai tablet');
	await page.getByLabel('Eszköz neve').press('Enter');
	await page.getByRole('button', { name: 'Eltávolítás: Irodai tablet' }).click();
}

/** Replaces the print dialog: it returns at once, as a cancelled dialog does, and counts its calls. */
async function stubPrint(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as Window & { printCalls?: number };
		w.printCalls = 0;
		w.print = () => {
			w.printCalls = (w.printCalls ?? 0) + 1;
		};
	});
}

function printCalls(page: Page): Promise<number> {
	return page.evaluate(() => (window as Window & { printCalls?: number }).printCalls ?? 0);
}

/** Decodes a QR code in a PNG screenshot with jsQR (not with the app's own code). */
function decodeQr(png: Buffer): string | null {
	const { width, height, rgba } = decodePng(png);
	return jsQR(rgba, width, height)?.data ?? null;
}
