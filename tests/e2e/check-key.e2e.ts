import { openComparison } from './check-helpers';
import { axeViolations, expect, test } from './fixtures';
import { expectNoSecretLeft, recordRequests } from './secrets';
import { OFFICIAL, qrPng } from './keyread-helpers';
import { serveTime } from './support/server-time';
import { at, RFC_KEY, RFC_KEY_TYPED, spaced, stepAt, totp } from './support/totp';

test('typing mistakes in the key get their own messages and the text is never cleared (English)', async ({ page }) => {
	await serveTime(page);
	await page.goto('/en/ellenorzes');
	const key = page.getByLabel('Key', { exact: true });

	await page.getByRole('button', { name: 'Show the code' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link', { name: 'Type the key.' })).toHaveAttribute('href', '#key-input');
	await expect(key).toHaveAttribute('aria-invalid', 'true');
	// The focused summary reads the problem; the field's own message is not spoken a second time.
	const slot = page.locator('#key-input-error');
	await expect(slot).toContainText('Type the key. It is the text under the QR code on the official site.');
	await expect(slot).toHaveAttribute('aria-live', 'off');

	await key.fill('GEZD 0GNB 18 9');
	await key.press('Tab');
	const field = page.locator('#key-input-error');
	// Judged on leaving the field, with no summary: the message is spoken from its place.
	await expect(field).toHaveAttribute('aria-live', 'polite');
	await expect(field).toContainText('These characters cannot be in it: “0”, “1”, “8”, and “9”.');
	await expect(field).toContainText('Instead of “0” you probably need the letter “O”.');
	await expect(field).toContainText('Instead of “1” you probably need the letter “I” or “L”.');
	await expect(field).toContainText('Instead of “8” you probably need the letter “B”.');
	await expect(field).toContainText('Instead of “9” you probably need the letter “G”.');
	await expect(key).toHaveValue('GEZD 0GNB 18 9');
	await expect(key).toHaveAttribute('aria-describedby', 'key-input-hint key-input-error');
	expect(await axeViolations(page)).toEqual([]);

	await key.fill('gezd gnbv');
	await expect(field).toContainText('The key is too short: it has 8 characters, but it needs at least 16.');
	// While typing, the shown message follows the text without being spoken at every keystroke.
	await expect(field).toHaveAttribute('aria-live', 'off');
	await key.fill('GEZDGNBVGY3TQOJQG');
	await expect(field).toContainText('This key cannot be complete');
	await key.fill('https://ugyfelkapu.gov.hu/ugyfelkapu');
	await expect(field).toContainText('This is a web address, not a key.');
	await key.fill('Where is the key, please?');
	await expect(field).toContainText('This looks like text, not a key.');

	await key.fill('gezdgnbvgy3tqojq');
	await expect(field).toBeEmpty();
	await expect(key).toHaveAttribute('aria-invalid', 'false');
	await expect(
		page.locator('#key-input').locator('..').getByText('GEZD GNBV GY3T QOJQ', { exact: true })
	).toBeVisible();
	await expect(page.getByText('longer than usual')).toHaveCount(0);

	// Editing a good key does not shout while typing; leaving the field does.
	await key.fill('gezdgnbvgy3t');
	await expect(field).toBeEmpty();
	await key.press('Tab');
	await expect(field).toContainText('The key is too short: it has 12 characters');
});

test('while the key is corrected after a submit, the error summary (an alert) is not said again at every key', async ({
	page
}) => {
	await serveTime(page);
	await page.goto('/ellenorzes');
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const key = page.getByLabel('Kulcs', { exact: true });
	await key.fill('JBSWY3DP');
	await key.press('Enter');
	const summary = page.getByRole('alert').filter({ hasText: 'Valamit javítani kell' });
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('A kulcs túl rövid: 8 jelből áll');
	await summary.evaluate((box) => {
		const seen: string[] = [];
		new MutationObserver(() => seen.push(box.textContent ?? '')).observe(box, {
			subtree: true,
			childList: true,
			characterData: true
		});
		(window as unknown as { seen: string[] }).seen = seen;
	});
	await key.focus();
	await key.press('End');
	await key.pressSequentially('EHPK', { delay: 30 });
	// The message under the field follows the typing; the summary keeps what the submit said.
	await expect(page.locator('#key-input-error')).toContainText('12 jelből áll');
	await expect(summary).toContainText('A kulcs túl rövid: 8 jelből áll');
	expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
	// Submitted again: the summary says the problem as it is now.
	await key.press('Enter');
	await expect(summary).toContainText('A kulcs túl rövid: 12 jelből áll');
	await expect(summary).toBeFocused();
});

test('a 300-character paste is refused with its own message, kept exactly as pasted', async ({ page }) => {
	await serveTime(page);
	await page.goto('/ellenorzes');
	const key = page.getByLabel('Kulcs', { exact: true });
	const pasted = 'ABCD'.repeat(75);
	await key.fill(pasted);
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Valamit javítani kell' });
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Ez túl hosszú ahhoz, hogy kulcs legyen: 300 jelből áll');
	await expect(page.locator('#key-input-error')).toContainText('300 jelből áll');
	await expect(key).toHaveValue(pasted);
	await expect(page.getByRole('region', { name: '2. A kód' })).toContainText('Írja be fent a kulcsot');
	expect(await axeViolations(page)).toEqual([]);
});

test('an otpauth:// link pasted as the key is read for its secret and its username, and the page says so', async ({
	page,
	context
}) => {
	const sent = recordRequests(context);
	await serveTime(page);
	await page.clock.install({ time: at(1_234_567_870) });
	await page.goto('/ellenorzes');
	const key = page.getByLabel('Kulcs', { exact: true });
	const uri = `otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B:minta123%40ugyfelkapu.gov.hu?secret=${RFC_KEY}&issuer=%C3%9Cgyf%C3%A9lkapu%2B`;
	await key.fill(uri);
	await expect(page.getByText('Ön egy QR-kódból származó otpauth:// linket illesztett be.')).toBeVisible();
	await expect(page.getByText('A linkben ez a felhasználónév is szerepel: minta123.')).toBeVisible();
	await expect(key).toHaveValue(uri);
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	await page.clock.pauseAt(at(1_234_567_891));
	await expect(page.locator('.code')).toHaveText('005 924');
	await expect(page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)')).toHaveValue('minta123');
	// The key is the secret; the username in the link is not (it is remembered on the device, like a typed one).
	await expectNoSecretLeft(page, context, sent, [RFC_KEY, `secret=${RFC_KEY}`]);
});

test('a key typed and submitted before the page is interactive is not lost, and never reaches the URL', async ({
	page
}) => {
	await serveTime(page);
	await page.clock.install({ time: at(1_234_567_870) });
	// Hold the app's scripts back until the key has been typed and Enter pressed.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.fallback();
	});
	const navigation = page.goto('/ellenorzes');
	const key = page.getByLabel('Kulcs', { exact: true });
	await key.fill(RFC_KEY_TYPED);
	const show = page.getByRole('button', { name: 'Kód mutatása' });
	// The prerendered button cannot be pressed yet, and Enter does not submit the form.
	await expect(show).toBeDisabled();
	await key.press('Enter');
	await expect(page.locator('html[data-ready]')).toHaveCount(0);
	release();
	await navigation;

	await expect(page).toHaveURL(/\/ellenorzes$/);
	await expect(key).toHaveValue(RFC_KEY_TYPED);
	await show.click();
	await page.clock.pauseAt(at(1_234_567_891));
	await expect(page.locator('.code')).toHaveText(spaced(totp(stepAt(at(1_234_567_891)))));
});

test.describe('on a phone', () => {
	// A phone's scroll bar takes no width, as on real phones (a desktop browser's would).
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('with a key, the code is on the first screen of a 390×844 phone, even under the note on this device’s clock', async ({
		page
	}) => {
		await serveTime(page, -90_000);
		await page.goto('/ellenorzes');
		await expect(page.getByText('Ennek az eszköznek az órája kb. 90 másodpercet siet.')).toBeVisible();
		await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY_TYPED);
		await page.getByRole('button', { name: 'Kód mutatása' }).click();
		const code = page.locator('.code');
		await expect(code).toBeVisible();
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
		const box = (await code.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('zoomed to 200 % on a computer', () => {
	// A 1280×800 screen at 200 % zoom: 640×400 CSS pixels.
	test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

	test('"Kód mutatása" brings the code itself into view, not only its heading at the bottom edge', async ({ page }) => {
		await serveTime(page);
		await page.goto('/ellenorzes');
		await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY_TYPED);
		await page.getByRole('button', { name: 'Kód mutatása' }).press('Enter');
		await expect(page.getByRole('heading', { name: '2. A kód' })).toBeFocused();
		const code = page.locator('.code');
		await expect(code).toBeInViewport({ ratio: 1 });
		// Nothing floats over it (the offline note sits at the bottom edge on a first visit).
		const box = (await code.boundingBox())!;
		const onTop = await page.evaluate(
			([x, y]) => document.elementFromPoint(x, y)?.closest('.code') !== null,
			[box.x + box.width / 2, box.y + box.height - 2]
		);
		expect(onTop).toBe(true);
	});
});

test.describe('on a phone, checking a code', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the verdict is brought into view after "Ellenőrzés", not left below the screen', async ({ page }) => {
		await serveTime(page);
		const compare = await openComparison(page, '/ellenorzes');
		const code = compare.getByLabel('A telefonon látható kód');
		await code.fill('000000');
		// The field at the bottom edge of the screen, the verdict far below it, then Enter (no scrolling by a click).
		await code.evaluate((field) => field.scrollIntoView({ block: 'end' }));
		const verdictArea = compare.locator('.result-region');
		expect((await verdictArea.boundingBox())!.y).toBeGreaterThan(844);
		await code.press('Enter');
		const verdict = compare.getByText('A kód nem egyezik. Nézze meg ebben a sorrendben:');
		await expect(verdict).toBeInViewport();
	});
});

test('every key field offers reading the key from a QR code: on the safety sheet and in step 5 too', async ({
	page
}) => {
	await page.goto('/biztonsagi-lap');
	await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
	await page
		.getByLabel('Kép (képernyőkép vagy fénykép)')
		.setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: await qrPng(OFFICIAL) });
	await expect(page.getByLabel('Kulcs (nem kötelező)')).toHaveValue(RFC_KEY);
	await expect(page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)')).toHaveValue('minta123');
	const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
	await expect(sheet).toContainText('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ');
	expect(await axeViolations(page)).toEqual([]);

	page.once('dialog', (dialog) => void dialog.accept());
	await page.goto('/beallitas/5');
	const field = page.getByLabel('Kulcs (a QR-kód alatti betűk és számok)');
	await expect(field).toHaveValue('');
	// Typing is not judged letter by letter: no "too short" after the first letters, only on leaving the field.
	await field.pressSequentially('JBS', { delay: 30 });
	await expect(field).toHaveValue('JBS');
	await expect(field).toHaveAttribute('aria-invalid', 'false');
	await expect(page.getByText('A kulcs túl rövid', { exact: false })).toHaveCount(0);
	await field.press('Tab');
	await expect(page.getByText('A kulcs túl rövid: 3 jelből áll', { exact: false })).toBeVisible();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await field.fill('');
	await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
	await expect(page.getByLabel('Kép (képernyőkép vagy fénykép)')).toBeVisible();
	await field.fill('JBSW Y3DP EHPK 3PX0');
	await field.press('Tab');
	await expect(page.getByText('„0” helyett valószínűleg „O” betűt kell írni.')).toBeVisible();
});

test("the phone's code: each typing mistake gets its own message, in the page's language, and stays typed", async ({
	page
}) => {
	await serveTime(page);
	const compare = await openComparison(page, '/en/ellenorzes');
	const codeField = compare.getByLabel('Code shown on the phone');
	await codeField.fill('12O456');
	await compare.getByRole('button', { name: 'Check', exact: true }).click();
	const error = compare.locator('#device-code-error');
	await expect(error).toHaveText('The code is made of digits (0–9) only. This character cannot be in it: “O”.');
	await expect(codeField).toHaveValue('12O456');
	await expect(codeField).toHaveAttribute('aria-describedby', 'device-code-hint device-code-error');
	expect(await axeViolations(page)).toEqual([]);

	await codeField.fill('1234');
	await compare.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(error).toHaveText('That is only 4 digits; the code has 6. Look at the phone again and type all six.');
});

test('the reload note put away from the keyboard leaves focus at the page content, not at the top', async ({
	page
}) => {
	await serveTime(page);
	await page.goto('/ellenorzes');
	await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY_TYPED);
	await page.reload();
	const notice = page.getByRole('status').filter({ hasText: 'Az előbb beírt kulcsot a segéd törölte' });
	await notice.getByRole('button', { name: 'Rendben' }).focus();
	await page.keyboard.press('Enter');
	await expect(notice).toHaveCount(0);
	await expect(page.locator('#main')).toBeFocused();
});

test('after a reload the page says the key typed before was deleted, and why; the tab keeps only that fact', async ({
	page,
	context
}) => {
	const sent = recordRequests(context);
	await serveTime(page);
	await page.goto('/ellenorzes');
	const key = page.getByLabel('Kulcs', { exact: true });
	await key.fill(RFC_KEY_TYPED);
	await page.reload();
	const notice = page.getByRole('status').filter({ hasText: 'Az előbb beírt kulcsot a segéd törölte' });
	await expect(notice).toContainText('biztonsági okból csak addig őrzi, amíg az oldal nyitva van');
	await expect(key).toHaveValue('');
	expect(await axeViolations(page)).toEqual([]);
	// Typed again: the notice has done its work.
	await key.fill(RFC_KEY_TYPED);
	await expect(notice).toHaveCount(0);
	// Another tab never held it: no notice there.
	const other = await context.newPage();
	await other.goto('/ellenorzes');
	await other.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(other.getByText('Az előbb beírt kulcsot')).toHaveCount(0);
	// Cleared with the button: a reload has nothing to explain.
	await page.getByRole('button', { name: 'Kulcs törlése' }).click();
	await page.reload();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.getByText('Az előbb beírt kulcsot')).toHaveCount(0);
	await expectNoSecretLeft(page, context, sent, [RFC_KEY]);
});
