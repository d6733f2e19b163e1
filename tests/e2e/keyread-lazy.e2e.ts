import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { chooseQrPicture, codeRegion, OFFICIAL, openCheck, RFC_KEY } from './keyread-helpers';

// Most people type the key: the reader's panel (ReaderPanel) and its words (the 'keyread' area) are downloaded only
// when "Read the QR code instead" is pressed. A string only the panel's code holds and one only its Hungarian text
// holds mark their files (a script, a JSON text file), whatever their hashed names.
const PANEL_CODE = 'keyread.camera.heading';
const PANEL_TEXT = 'Képernyőkép beillesztése';
const TOGGLE = 'Olvassa be inkább a QR-kódot';
const LOADING = 'A beolvasó betöltése…';
const FAILED = 'A beolvasó nem töltődött be. Gépelje be inkább a kulcsot';

/** The bodies of the scripts and text files the page downloads from now on. */
function recordScripts(page: Page): Promise<string>[] {
	const scripts: Promise<string>[] = [];
	page.on('response', (r) => {
		if (/\.(js|json)$/.test(new URL(r.url()).pathname)) scripts.push(r.text().catch(() => ''));
	});
	return scripts;
}

/** The panel the toggle opens (the page has other status lines too). */
/** A slow link: every file the page asks for from now on arrives a second and a half late (not a wait in the test). */
async function answerLate(page: Page): Promise<void> {
	await page.route('**/_app/immutable/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.fallback();
	});
}

async function panelOf(page: Page, toggle: Locator): Promise<Locator> {
	return page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
}

/**
 * From now on the panel's code and words fail to download, as offline before the service worker has stored them
 * or after a new version replaced them on the server; everything else still arrives.
 */
async function failPanel(page: Page) {
	await page.route('**/_app/immutable/**', async (route) => {
		try {
			const response = await route.fetch();
			const body = await response.body();
			if (body.includes(PANEL_CODE) || body.includes(PANEL_TEXT)) return route.abort('internetdisconnected');
			return route.fulfill({ response, body });
		} catch {
			// The test ended (the page closed) while this response was still on its way.
		}
	});
}

const holds = async (scripts: Promise<string>[], marker: string) =>
	(await Promise.all(scripts)).some((js) => js.includes(marker));

test('the first load leaves out the panel and its words; pressing the toggle brings them and a picture is read', async ({
	page
}) => {
	const scripts = recordScripts(page);
	await openCheck(page, 59);
	await page.waitForLoadState('networkidle');
	expect(await holds(scripts, PANEL_CODE), "the panel's code on the first load").toBe(false);
	expect(await holds(scripts, PANEL_TEXT), "the panel's words on the first load").toBe(false);

	const toggle = page.getByRole('button', { name: TOGGLE });
	await toggle.click();
	await expect(page.getByRole('heading', { name: 'Beolvasás kamerával' })).toBeVisible();
	expect(await holds(scripts, PANEL_CODE)).toBe(true);
	expect(await holds(scripts, PANEL_TEXT)).toBe(true);

	await chooseQrPicture(page, OFFICIAL);
	await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
	await expect(codeRegion(page)).toContainText('287 082');
});

test('on a slow connection the open panel says it is loading, and focus stays on the toggle', async ({ page }) => {
	await openCheck(page, 59);
	await page.waitForLoadState('networkidle');
	// Everything requested from now on (the panel, its words, the decoder) arrives after a second and a half.
	await answerLate(page);
	const toggle = page.getByRole('button', { name: TOGGLE });
	const status = (await panelOf(page, toggle)).getByRole('status');
	await toggle.click();
	await expect(status.getByText(LOADING)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Beolvasás kamerával' })).toHaveCount(0);
	await expect(toggle).toBeFocused();
	expect(await axeViolations(page)).toEqual([]);

	await expect(page.getByRole('heading', { name: 'Beolvasás kamerával' })).toBeVisible();
	await expect(page.getByText(LOADING)).toHaveCount(0);
	await expect(toggle).toBeFocused();
});

test('a link pasted while the panel is still loading is kept and read once the panel arrives', async ({ page }) => {
	await openCheck(page, 59);
	await page.waitForLoadState('networkidle');
	await answerLate(page);
	await page.getByRole('button', { name: TOGGLE }).click();
	await expect(page.getByText(LOADING)).toBeVisible();
	await page.evaluate((text) => {
		const data = new DataTransfer();
		data.setData('text/plain', text);
		document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, OFFICIAL);
	await expect(page.getByText('A kulcs beolvasva, és bekerült a mezőbe.')).toBeVisible();
	await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
	await expect(codeRegion(page)).toContainText('287 082');
});

test('when the panel cannot be downloaded it says so and what to do; opening it again retries', async ({ page }) => {
	await openCheck(page, 59);
	await page.waitForLoadState('networkidle');
	await failPanel(page);
	const toggle = page.getByRole('button', { name: TOGGLE });
	const status = (await panelOf(page, toggle)).getByRole('status');
	await toggle.click();
	await expect(status).toContainText(FAILED);
	await expect(status).toContainText('töltse be újra az oldalt');
	await expect(toggle).toBeFocused();
	// The key can still be typed.
	await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY);
	await expect(codeRegion(page)).toContainText('287 082');
	expect(await axeViolations(page)).toEqual([]);

	// Back online: closing and opening the panel tries again.
	await page.unroute('**/_app/immutable/**');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(page.getByRole('heading', { name: 'Beolvasás kamerával' })).toBeVisible();
	await expect(page.getByText(FAILED)).toHaveCount(0);
	await chooseQrPicture(page, OFFICIAL);
	await expect(page.getByText('A kulcs beolvasva, és bekerült a mezőbe.')).toBeVisible();
});

test('the failure message in English', async ({ page }) => {
	await openCheck(page, 59, '/en/ellenorzes');
	await page.waitForLoadState('networkidle');
	await failPanel(page);
	const toggle = page.getByRole('button', { name: 'Read the QR code instead' });
	const status = (await panelOf(page, toggle)).getByRole('status');
	await toggle.click();
	await expect(status).toContainText(
		'The reader did not load. Type the key instead, or reload the page when you are online.'
	);
});

test('switching the language with the panel open brings its words in the new language', async ({ page }) => {
	await openCheck(page, 59);
	await page.getByRole('button', { name: TOGGLE }).click();
	await expect(page.getByRole('heading', { name: 'Beolvasás kamerával' })).toBeVisible();
	await page.getByRole('link', { name: 'Switch to English' }).click();
	await expect(page).toHaveURL(/\/en\/ellenorzes$/);
	await expect(page.getByRole('button', { name: 'Read the QR code instead' })).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('heading', { name: 'Scan with the camera' })).toBeVisible();
	await expect(page.getByText('keyread.', { exact: false })).toHaveCount(0);
});
