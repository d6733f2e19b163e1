import type { Page } from '@playwright/test';
import { axeViolations, expect, savedPreferences, test, waitForServiceWorker } from './fixtures';
import { stepReady } from './wizard-helpers';

const PHONE = { width: 390, height: 844 };

/** Mark steps 1–3 done the way a user does: "Kész, tovább" three times from step 1. */
async function finishFirstThreeSteps(page: Page): Promise<void> {
	await page.goto('/beallitas/1');
	await stepReady(page);
	for (let n = 1; n <= 3; n++) {
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
		await expect(page).toHaveURL(new RegExp(`/beallitas/${n + 1}$`));
	}
}

/** Whether the element lies wholly inside the first screen (no scrolling). */
async function inFirstScreen(page: Page, selector: ReturnType<Page['locator']>): Promise<boolean> {
	const box = await selector.boundingBox();
	const viewport = page.viewportSize();
	return !!box && !!viewport && box.y >= 0 && box.y + box.height <= viewport.height;
}

/** The preference record as stored in the app's database, read without the app's code. */
test.describe('resume where the user left off', () => {
	test.use({ viewport: PHONE });

	test('after steps 1–3 the first screen offers step 4, and the menu\'s "Beállítás" opens it', async ({ page }) => {
		await finishFirstThreeSteps(page);

		await page.goto('/');
		const resume = page.getByRole('link', { name: /^Folytatás: 4\. lépés$/ });
		await expect(resume).toBeVisible();
		expect(await inFirstScreen(page, resume)).toBe(true);
		expect(await inFirstScreen(page, page.getByText('Nem hivatalos oldal.'))).toBe(true);
		expect(await inFirstScreen(page, page.getByRole('heading', { level: 1 }))).toBe(true);
		// The full task list comes after the main action.
		const tasks = page.getByRole('heading', { name: 'Itt tart most' });
		await expect(tasks).toBeVisible();
		expect((await tasks.boundingBox())!.y).toBeGreaterThan((await resume.boundingBox())!.y);

		// The compact menu of a phone.
		await page.getByText('Menü', { exact: true }).click();
		await page.getByRole('navigation', { name: 'Fő menü' }).getByRole('link', { name: 'Beállítás' }).click();
		await expect(page).toHaveURL(/\/beallitas\/4$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Az eszköz párosítása');

		// "Kezdjük"'s place holds the same way on, in English too.
		await page.goto('/en');
		const resumeEn = page.getByRole('link', { name: /^Continue at step 4$/ });
		await expect(resumeEn).toBeVisible();
		expect(await inFirstScreen(page, resumeEn)).toBe(true);
		await resumeEn.click();
		await expect(page).toHaveURL(/\/en\/beallitas\/4$/);
	});

	test('a new user sees what this is, that it is unofficial and "Kezdjük" in the first screen', async ({ page }) => {
		await page.goto('/');
		const start = page.getByRole('link', { name: 'Kezdjük' });
		await expect(start).toBeVisible();
		for (const part of [page.getByRole('heading', { level: 1 }), page.getByText('Nem hivatalos oldal.'), start])
			expect(await inFirstScreen(page, part)).toBe(true);
		await expect(start).toHaveAttribute('href', '/beallitas/1');
	});

	test('without the script the menu still opens and "Beállítás" is a plain link to step 1', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
		const page = await context.newPage();
		await page.goto('/gyik');
		const menu = page.getByRole('navigation', { name: 'Fő menü' });
		await expect(menu.getByRole('link', { name: 'Beállítás' })).toBeHidden();
		await page.getByText('Menü', { exact: true }).click();
		await expect(menu.getByRole('link', { name: 'Beállítás' })).toHaveAttribute('href', '/beallitas/1');
		await expect(menu.getByRole('link', { name: 'Kérdések' })).toHaveAttribute('aria-current', 'page');
		await context.close();
	});

	test('once the page has started, the menu link leads to the first unfinished step on every page', async ({
		page
	}) => {
		await finishFirstThreeSteps(page);
		for (const path of ['/gyik', '/biztonsagi-lap', '/en/ellenorzes']) {
			await page.goto(path);
			// Both menus (the phone's, closed, and the wide screen's, not displayed here) carry the same link.
			const setup = page.locator('header').getByRole('link', { name: /^(Beállítás|Set up)$/, includeHidden: true });
			await expect(setup).toHaveCount(2);
			for (const link of await setup.all())
				await expect(link).toHaveAttribute('href', path.startsWith('/en') ? '/en/beallitas/4' : '/beallitas/4');
		}
	});
});

test("a step's page title leads with its number of all nine, in the tab and in what is read out on arrival", async ({
	page
}) => {
	await page.goto('/beallitas/6');
	await expect(page).toHaveTitle('6. lépés a 9-ből: A párosítás ellenőrzése – Ügyfélkapu+ Segéd');
	await stepReady(page);
	await page.getByRole('button', { name: 'Kész, tovább' }).click();
	await expect(page).toHaveTitle('7. lépés a 9-ből: A törlőkód mentése – Ügyfélkapu+ Segéd');
	// SvelteKit's announcer reads the new title after a move inside the app.
	await expect(page.locator('#svelte-announcer')).toHaveText(
		'7. lépés a 9-ből: A törlőkód mentése – Ügyfélkapu+ Segéd'
	);
	await page.goto('/en/beallitas/7');
	await expect(page).toHaveTitle('Step 7 of 9: Save the removal code – Ügyfélkapu+ Helper');
});

test.describe('back to the step', () => {
	test('the safety sheet opened from step 7 leads back to step 7 (never past its box), also after a reload', async ({
		page
	}) => {
		await page.goto('/beallitas/7');
		await stepReady(page);
		await page.getByRole('link', { name: 'A biztonsági lap elkészítése' }).click();
		await expect(page).toHaveURL(/\/biztonsagi-lap\?lepes=7$/);
		const back = page.getByRole('link', { name: 'Vissza: 7. lépés' });
		await expect(back).toHaveAttribute('href', '/beallitas/7');
		// Step 7's box (the törlőkód is saved) is never skipped from here: the page's end leads back to it.
		await expect(page.getByRole('link', { name: 'Vissza a jelöléshez (7. lépés)' })).toHaveAttribute(
			'href',
			'/beallitas/7'
		);
		await expect(page.getByRole('link', { name: /8\. lépés/ })).toHaveCount(0);
		await page.reload();
		await expect(back).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		// The other language keeps the way back.
		await page.getByRole('link', { name: 'Switch to English' }).click();
		await expect(page).toHaveURL(/\/en\/biztonsagi-lap\?lepes=7$/);
		await expect(page.getByRole('link', { name: 'Back to step 7' })).toHaveAttribute('href', '/en/beallitas/7');
		await page.getByRole('link', { name: 'Váltás magyar nyelvre' }).click();
		await back.click();
		await expect(page).toHaveURL(/\/beallitas\/7$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('A törlőkód mentése');
	});

	test('an FAQ answer opened from a step leads back to it; the check page from step 6 also on to step 7', async ({
		page
	}) => {
		await page.goto('/beallitas/7');
		await stepReady(page);
		await page.getByRole('link', { name: 'Elveszett a törlőkódom' }).click();
		await expect(page).toHaveURL(/\/gyik\?lepes=7#elveszett-torlokod$/);
		await expect(page.locator('details#elveszett-torlokod')).toHaveAttribute('open', '');
		await expect(page.getByRole('link', { name: 'Vissza: 7. lépés' })).toHaveAttribute('href', '/beallitas/7');
		// Reading an answer does not finish the step: no way "on" from here.
		await expect(page.getByRole('link', { name: /^Tovább: / })).toHaveCount(0);

		await page.goto('/en/beallitas/6');
		await stepReady(page);
		await page.getByRole('link', { name: 'Check the code' }).click();
		await expect(page).toHaveURL(/\/en\/ellenorzes\?lepes=6$/);
		await expect(page.getByRole('link', { name: 'Back to step 6' })).toHaveAttribute('href', '/en/beallitas/6');
		await expect(page.getByRole('link', { name: 'On to step 7' })).toHaveAttribute('href', '/en/beallitas/7');
		expect(await axeViolations(page)).toEqual([]);
	});

	test('pages opened from the menu, or with a step that does not exist, offer no way back to a step', async ({
		page
	}) => {
		for (const path of ['/biztonsagi-lap', '/ellenorzes?lepes=10', '/gyik?lepes=abc']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('link', { name: /^Vissza: |^Vissza a jelöléshez/ })).toHaveCount(0);
		}
	});
});

test.describe('continue on another device', () => {
	test('a step shows, on request, a QR code of its own plain address', async ({ page }) => {
		await page.goto('/beallitas/5');
		await stepReady(page);
		await expect(page.locator('img.qr')).toHaveCount(0);
		await page.getByRole('button', { name: 'QR-kód mutatása a telefonhoz' }).click();
		const qr = page.getByRole('img', { name: 'QR-kód ennek az oldalnak a címével (5. lépés)' });
		await expect(qr).toBeVisible();
		// The button is replaced by the code: focus goes to the code, not back to the top of the page.
		await expect(page.locator('.on-phone .shown')).toBeFocused();
		// Decoded by jsQR, not by the app: the code holds the step's address and nothing else.
		const text = await qr.evaluate(async (img: HTMLImageElement) => {
			const canvas = document.createElement('canvas');
			canvas.width = 400;
			canvas.height = 400;
			const ctx = canvas.getContext('2d')!;
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, 400, 400);
			ctx.drawImage(img, 0, 0, 400, 400);
			return JSON.stringify(Array.from(ctx.getImageData(0, 0, 400, 400).data));
		});
		const { default: jsQR } = await import('jsqr');
		const decoded = jsQR(Uint8ClampedArray.from(JSON.parse(text) as number[]), 400, 400);
		expect(decoded?.data).toBe(new URL('/beallitas/5', page.url()).href);
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

		test('a phone is not offered a QR code of the step to scan with itself', async ({ page }) => {
			await page.goto('/beallitas/4');
			await stepReady(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// In the page (a tablet or a computer shows it), but not displayed on a phone's touch screen.
			const offer = page.locator('aside.step-help');
			await expect(offer).toBeAttached();
			await expect(offer).toBeHidden();
		});
	});
});

test.describe('header and menu', () => {
	test.use({ viewport: PHONE });

	test('the phone header is at most 120 px tall on every kind of page, in both languages', async ({ page }) => {
		for (const path of ['/', '/beallitas/7', '/gyik', '/en', '/en/konyveloknek', '/beallitas/10']) {
			await page.goto(path);
			const box = await page.locator('header.site-header').boundingBox();
			expect(box!.height, path).toBeLessThanOrEqual(120);
		}
	});

	test('the menu opens and closes by keyboard, marks the current section and is accessible when open', async ({
		page
	}) => {
		for (const [path, toggle, current, label] of [
			['/beallitas/3', 'Menü', 'Beállítás', 'Fő menü'],
			['/en/gyik', 'Menu', 'Questions', 'Main menu']
		] as const) {
			await page.goto(path);
			const summary = page.getByText(toggle, { exact: true });
			await summary.focus();
			await page.keyboard.press('Enter');
			const menu = page.getByRole('navigation', { name: label });
			const link = menu.getByRole('link', { name: current });
			await expect(link).toBeVisible();
			await expect(link).toHaveAttribute('aria-current', path.includes('beallitas') ? 'true' : 'page');
			// Visibly marked too: a white bar beside it, which the other links do not have.
			await expect(link).toHaveCSS('border-left-color', 'rgb(255, 255, 255)');
			await expect(menu.locator('a:not([aria-current])').first()).toHaveCSS('border-left-width', '0px');
			expect(await axeViolations(page)).toEqual([]);
			await page.keyboard.press('Escape');
			await expect(link).toBeHidden();
			await expect(summary).toBeFocused();
		}
	});
});

test.describe('wide screens', () => {
	test('the whole menu shows in one row with the current section marked', async ({ page }) => {
		await page.goto('/biztonsagi-lap');
		const menu = page.getByRole('navigation', { name: 'Fő menü' });
		const current = menu.getByRole('link', { name: 'Biztonsági lap' });
		await expect(current).toHaveAttribute('aria-current', 'page');
		await expect(current).toHaveCSS('border-bottom-color', 'rgb(255, 255, 255)');
		await expect(menu.getByRole('link', { name: 'Kérdések' })).not.toHaveAttribute('aria-current');
		// The others have no bar at all, not a transparent one: High Contrast would paint a transparent border.
		await expect(menu.getByRole('link', { name: 'Kérdések' })).toHaveCSS('border-bottom-style', 'none');
	});
});

test.describe('not found', () => {
	test('an unknown address shows the not-found page in its language, with ways on', async ({ page }) => {
		const response = await page.goto('/beallitas/10');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nincs ilyen oldal');
		await expect(page.getByRole('link', { name: 'Vissza a kezdőlapra' })).toHaveAttribute('href', '/');
		await expect(page.getByRole('link', { name: /^A beállítás lépései/ })).toHaveAttribute('href', '/beallitas/1');
		await expect(page.getByRole('link', { name: /^Kérdések és válaszok/ })).toHaveAttribute('href', '/gyik#faq-search');
		await expect(page.getByRole('contentinfo')).toContainText('nem állami oldal');
		expect(await axeViolations(page)).toEqual([]);

		const en = await page.goto('/en/nincs-ilyen');
		expect(en?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('link', { name: 'Back to the start page' })).toHaveAttribute('href', '/en');
		expect(await axeViolations(page)).toEqual([]);
		// The page works: its menu and links are live.
		await page.getByRole('link', { name: /^The setup steps/ }).click();
		await expect(page).toHaveURL(/\/en\/beallitas\/1$/);
	});

	test('offline, the service worker answers unknown addresses with the not-found page', async ({ page, context }) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await page.reload();
		await context.setOffline(true);
		await page.goto('/beallitas/10');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nincs ilyen oldal');
		await page.goto('/en/nincs-ilyen');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// A known page with a query it was not cached with is still that page.
		await page.goto('/biztonsagi-lap?lepes=7');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biztonsági lap nyomtatása');
		await expect(page.getByRole('link', { name: 'Vissza: 7. lépés' })).toBeVisible();
	});
});

test.describe('no layout shift', () => {
	test.use({ viewport: PHONE });

	test.beforeEach(async ({ context }) => {
		await context.addInitScript(() => {
			const w = window as unknown as { layoutShift: number };
			w.layoutShift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
					if (!entry.hadRecentInput) w.layoutShift += entry.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
	});

	const shift = (page: Page) => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

	test('a first visit to the start page moves nothing in 5 s; the offline note waits for the next page', async ({
		page
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await page.waitForFunction(() => performance.now() > 5000, undefined, { timeout: 15_000 });
		expect(await shift(page)).toBe(0);
		// On a phone the note would cover "Kezdjük", the first screen's one action: on the start page it waits.
		const note = page.getByRole('status').filter({ hasText: 'internet nélkül' });
		await expect(note).toHaveCount(0);

		await page.getByRole('link', { name: 'Kezdjük' }).click();
		await expect(page).toHaveURL(/\/beallitas\/1$/);
		await expect(note).toBeVisible({ timeout: 30_000 });
		// The note is quiet and points to the home-screen guide, which stays accessible; closing it is remembered.
		await expect(note.getByRole('link', { name: 'Kitenné a kezdőképernyőre?' })).toHaveAttribute(
			'href',
			'/#kezdokepernyo'
		);
		expect(await axeViolations(page)).toEqual([]);
		await note.getByRole('button', { name: 'Rendben' }).click();
		await expect(page.getByText('mostantól internet nélkül')).toHaveCount(0);
		await expect(page.locator('#main')).toBeFocused();
		await expect.poll(async () => (await savedPreferences(page))?.offlineNoteSeen).toBe(true);
		await page.goto('/#kezdokepernyo');
		await expect(page.getByRole('heading', { name: 'Tegye ki a kezdőképernyőre' })).toBeAttached();
	});

	test('the offline note is put away once the user moves on to another page, and remembered as seen', async ({
		page
	}) => {
		await page.goto('/beallitas/1');
		await stepReady(page);
		const note = page.getByRole('status').filter({ hasText: 'internet nélkül' });
		await expect(note).toBeVisible({ timeout: 30_000 });
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
		await expect(page).toHaveURL(/\/beallitas\/2$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(note).toHaveCount(0);
		// Remembered, so a later (re)install of the worker does not say it again.
		await expect.poll(async () => (await savedPreferences(page))?.offlineNoteSeen).toBe(true);
	});

	test("a returning user's pages, in both languages, move nothing while they load", async ({ page }) => {
		// Saved progress arrives after the first paint: "Continue at step 4" replaces "Kezdjük", the task list and
		// "already done" notes appear.
		await finishFirstThreeSteps(page);
		for (const path of [
			'/',
			'/en',
			'/beallitas/2',
			'/biztonsagi-lap?lepes=7',
			'/gyik',
			'/en/ellenorzes?lepes=6',
			'/beallitas/10'
		]) {
			await page.goto(path);
			// Measured over the first 3 s of each page, when late work (progress, preferences, worker) lands.
			await page.waitForFunction(() => performance.now() > 3000);
			// Nothing in view moves at all (the journey issue's bar, < 0.02, is met with room to spare).
			expect(await shift(page), path).toBe(0);
		}
	});

	test('the home-screen guide reads well in English too', async ({ page }) => {
		await page.goto('/en#kezdokepernyo');
		await expect(page.getByRole('heading', { name: 'Put it on your home screen' })).toBeInViewport();
		for (const heading of ['On an Android phone or tablet', 'On an iPhone or iPad', 'On a computer'])
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});
