import { expect, test, waitForServiceWorker } from './fixtures';
import type { Page } from '@playwright/test';
import { serveTime } from './support/server-time';
import { openComparison } from './check-helpers';
import { at, stepAt, totp } from './support/totp';
import { stepReady, tabTo } from './wizard-helpers';

/** Every write to the device's storage fails, as on a full phone. */
async function onAFullDevice(page: Page): Promise<void> {
	await page.addInitScript(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
}

// For people who see poorly: High Contrast (forced colours), large zoom, wider text spacing (WCAG 1.4.12).

test.describe('High Contrast (forced colours)', () => {
	test.use({ forcedColors: 'active', colorScheme: 'dark', viewport: { width: 1280, height: 800 } });

	test('a focused link shows a ring; the menu marks only the current section; drawings keep their own colours', async ({
		page
	}) => {
		await page.goto('/beallitas/8');
		await stepReady(page);
		// Backgrounds and shadows, the usual link focus, are dropped in this mode: the outline is what shows.
		const back = page.getByRole('link', { name: 'Vissza az előző lépéshez' });
		await tabTo(page, back);
		await expect(back).toHaveCSS('outline-style', 'solid');
		await expect(back).toHaveCSS('outline-width', '3px');

		const menu = page.getByRole('navigation', { name: 'Fő menü' });
		await expect(menu.getByRole('link', { name: 'Beállítás' })).toHaveCSS('border-bottom-style', 'solid');
		for (const other of ['Kód ellenőrzése', 'Biztonsági lap', 'Kérdések', 'Könyvelőknek'])
			await expect(menu.getByRole('link', { name: other })).toHaveCSS('border-bottom-style', 'none');

		// The drawing of the official screen stays dark on white, as in normal colours: its labels are readable.
		const drawing = page.getByRole('img', { name: /^Rajz/ });
		await expect(drawing).toHaveCSS('background-color', 'rgb(255, 255, 255)');
		await expect(drawing.getByText('Törlőkód mentéséről gondoskodtam')).toHaveCSS('fill', 'rgb(11, 12, 12)');
	});
});

test.describe('a narrow screen (320 px)', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('a usual key and törlőkód are seen whole in their fields, to compare sign by sign', async ({ page }) => {
		await page.goto('/beallitas/5');
		await stepReady(page);
		const key = page.getByRole('textbox', { name: /^Kulcs/ });
		await key.fill('JBSWY3DPEHPK3PXP');
		expect(await key.evaluate((field) => field.scrollWidth - field.clientWidth)).toBe(0);

		await page.goto('/biztonsagi-lap');
		const removal = page.getByRole('textbox', { name: /^Törlőkód/ });
		await removal.fill('ABCD-1234-EFGH-5678');
		expect(await removal.evaluate((field) => field.scrollWidth - field.clientWidth)).toBe(0);
	});

	test('with wider letter, word and line spacing, no page scrolls sideways', async ({ browser }) => {
		// The app's CSP forbids injected styles, as it should; a reader's own style sheet is not bound by it.
		const context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
		const page = await context.newPage();
		for (const path of ['/', '/beallitas/9', '/gyik', '/konyveloknek', '/en', '/en/gyik']) {
			await page.goto(path);
			await page.addStyleTag({
				content:
					'* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
					' p { margin-bottom: 2em !important; }'
			});
			await expect
				.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: path })
				.toBeLessThanOrEqual(320);
		}
		await context.close();
	});
});

test.describe('a short screen (320×256: 400 % zoom, or a phone on its side)', () => {
	test.use({ viewport: { width: 320, height: 256 } });

	test('the offline note leaves most of the screen to the page', async ({ page }) => {
		await page.goto('/beallitas/1');
		await waitForServiceWorker(page);
		const note = page.getByRole('status').filter({ hasText: 'internet nélkül' });
		await expect(note).toBeVisible({ timeout: 30_000 });
		const box = (await note.locator('.offline-note').boundingBox())!;
		expect(box.height).toBeLessThan(256 * 0.6);
	});

	test('however many notices float at the bottom, they take at most half the screen and scroll inside', async ({
		page
	}) => {
		// A full device: the storage notice's long text comes on top of the offline note.
		await onAFullDevice(page);
		await page.goto('/beallitas/1');
		await stepReady(page);
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
		const stored = page.getByRole('status').filter({ hasText: 'nem sikerült elmenteni, hol tart' });
		await expect(stored).toBeVisible();
		const area = page.locator('.notices');
		expect((await area.boundingBox())!.height).toBeLessThanOrEqual(128);
		// Its button is still reached from the keyboard: focus scrolls it into view inside the area.
		const ok = stored.getByRole('button', { name: 'Rendben' });
		await tabTo(page, ok);
		await expect(ok).toBeInViewport();
		// Put away from the keyboard: focus goes on to the page's content (the notes come just before it in the
		// document), not back to the top of the document, and the page stays where it was.
		const scrolled = await page.evaluate(() => scrollY);
		await page.keyboard.press('Enter');
		await expect(stored).toHaveCount(0);
		await expect(page.locator('#main')).toBeFocused();
		expect(await page.evaluate(() => scrollY)).toBe(scrolled);
		// The page itself is not a control: no ring around all of it (the next Tab shows one on a link).
		expect(await page.locator('#main').evaluate((main) => getComputedStyle(main).boxShadow)).toBe('none');
	});
});

test.describe('200 % zoom (640×400)', () => {
	test.use({ viewport: { width: 640, height: 400 } });

	test('a verdict taller than the screen does not push the button with focus off it: the verdict starts under it', async ({
		page
	}) => {
		await serveTime(page);
		await page.clock.install({ time: at(1_111_111_080) });
		const compare = await openComparison(page, '/ellenorzes');
		await page.clock.pauseAt(at(1_111_111_095));
		const near = new Set(Array.from({ length: 21 }, (_, i) => totp(stepAt(at(1_111_111_095)) - 10 + i)));
		await compare.getByLabel('A telefonon látható kód').fill(['000000', '111111', '222222'].find((c) => !near.has(c))!);
		// By keyboard: the button has focus when the verdict comes.
		const check = compare.getByRole('button', { name: 'Ellenőrzés', exact: true });
		await tabTo(page, check);
		await page.keyboard.press('Enter');
		const verdict = compare.getByRole('status');
		await expect(verdict).toContainText('A kód nem egyezik.');
		// Far taller than the screen (five things to check, and help)…
		expect((await verdict.boundingBox())!.height).toBeGreaterThan(400);
		// …yet the button keeps focus and stays in full view, and the verdict's first line is on screen under it.
		await expect(check).toBeFocused();
		await expect(check).toBeInViewport({ ratio: 1 });
		await expect(verdict.getByText('A kód nem egyezik.')).toBeInViewport();
		const button = (await check.boundingBox())!;
		expect((await verdict.getByText('A kód nem egyezik.').boundingBox())!.y).toBeGreaterThan(button.y + button.height);
	});
});

test('two notes at once: putting the first away moves focus to the next one, and the last to the page', async ({
	page
}) => {
	await onAFullDevice(page);
	await page.goto('/beallitas/4');
	await stepReady(page);
	const offline = page.getByRole('status').filter({ hasText: 'internet nélkül' });
	await expect(offline).toBeVisible({ timeout: 30_000 });
	// A username typed on a full device: the storage notice comes below the offline note.
	await page.getByLabel('Az ügyfélkapus felhasználóneve (nem kötelező)').fill('minta123');
	const stored = page.getByRole('status').filter({ hasText: 'nem sikerült elmenteni' });
	await expect(stored).toBeVisible();

	await offline.getByRole('button', { name: 'Rendben' }).focus();
	await page.keyboard.press('Enter');
	await expect(offline).toHaveCount(0);
	await expect(stored.getByRole('button', { name: 'Rendben' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(stored).toHaveCount(0);
	await expect(page.locator('#main')).toBeFocused();
});
