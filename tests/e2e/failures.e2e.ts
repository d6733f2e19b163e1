import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { stepReady } from './wizard-helpers';

/** Ways a browser's IndexedDB fails a write, injected before the app starts. */
const WRITE_FAULTS = {
	// The device is full: put() refuses at once.
	quota: () => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	},
	// The browser aborts the transaction after accepting the write (as Safari does when storage is evicted).
	abort: () => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
			const request = put.apply(this, args);
			this.transaction.abort();
			return request;
		};
	},
	// The transaction itself cannot be created (a closed or broken connection).
	transaction: () => {
		IDBDatabase.prototype.transaction = function () {
			throw new DOMException('The database connection is closing.', 'InvalidStateError');
		};
	}
} as const;

/** The app's files that hold one of these texts never arrive, as on a dropped connection; the others do. */
async function blockCodeHolding(target: Page | BrowserContext, ...texts: string[]): Promise<void> {
	await target.route('**/_app/immutable/**', async (route) => {
		try {
			const response = await route.fetch();
			const body = await response.body();
			if (texts.some((text) => body.includes(text))) return route.abort('internetdisconnected');
			return route.fulfill({ response, body });
		} catch {
			// The test ended (the page closed) while this response was still on its way.
		}
	});
}

async function completeStepOne(page: Page, button: string) {
	await stepReady(page);
	await page.getByRole('button', { name: button }).click();
	await expect(page).toHaveURL(/\/beallitas\/2$/);
}

for (const [mode, inject] of Object.entries(WRITE_FAULTS)) {
	test(`a failed write (${mode}) is told to the user and the start page does not claim it was saved`, async ({
		page
	}) => {
		await page.addInitScript(inject);
		await page.goto('/beallitas/1');
		await completeStepOne(page, 'Kész, tovább');
		await expect(page.getByRole('status').filter({ hasText: 'nem sikerült elmenteni, hol tart' })).toBeVisible();

		// Nothing is lost for this visit: the start page shows step 1 done, and says the device did not keep it.
		await page.getByRole('link', { name: 'Ügyfélkapu+ Segéd – kezdőlap' }).click();
		await expect(page).toHaveURL(/\/$/);
		const progress = page.getByRole('region', { name: 'Itt tart most' });
		await expect(progress.getByRole('listitem').first()).toContainText('Kész');
		await expect(progress).toContainText('most nem sikerült elmenteni');
		await expect(progress).not.toContainText('megjegyeztük');
	});
}

test('in English too, a full device is reported and the start page tells the truth', async ({ page }) => {
	await page.addInitScript(WRITE_FAULTS.quota);
	await page.goto('/en/beallitas/1');
	await completeStepOne(page, 'Done, continue');
	await expect(page.getByRole('status').filter({ hasText: 'could not save where you are' })).toBeVisible();
	await page.getByRole('link', { name: 'Ügyfélkapu+ Helper – home' }).click();
	const progress = page.getByRole('region', { name: 'Where you are now' });
	await expect(progress).toContainText('could not save where you are just now');
	await expect(progress).not.toContainText('remembers where you are');
});

test('a contact the device could not save or delete is never called saved or deleted', async ({ page }) => {
	// Writes fail from the start: the link's contact shows for this visit, and the banner says it is not kept.
	await page.addInitScript(WRITE_FAULTS.quota);
	await page.goto('/#nev=Kiss%20Anna&tel=06301234567');
	const banner = page.getByRole('region', { name: 'Ki küldte ezt a linket' });
	await expect(banner).toContainText('Kiss Anna küldte Önnek ezt a segédet.');
	await expect(banner).toContainText('nem sikerült elmenteni ezt az elérhetőséget');
	expect(await axeViolations(page)).toEqual([]);
});

test('removing or replacing a kept contact on a full device says it did not stick, and it did not', async ({
	page
}) => {
	await page.goto('/#nev=Kiss%20Anna&tel=06301234567');
	await expect(page.getByRole('region', { name: 'Ki küldte ezt a linket' })).toContainText('Kiss Anna');
	await page.getByRole('button', { name: 'Rendben, értem' }).click();
	// The device fills up now. Every text the page's status regions ever show is recorded: a false "deleted" said
	// first and corrected after would still have been read out.
	await page.evaluate(WRITE_FAULTS.quota);
	await page.evaluate(() => {
		const said: string[] = ((window as unknown as { said: string[] }).said = []);
		new MutationObserver(() => {
			for (const region of document.querySelectorAll('[role="status"]')) said.push(region.textContent ?? '');
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	const everSaid = () => page.evaluate(() => (window as unknown as { said: string[] }).said.join(' | '));
	const help = page.getByTestId('help-contact');
	await help.getByRole('button', { name: 'Elérhetőség törlése' }).click();
	await page.getByRole('button', { name: 'Igen, törlöm' }).click();
	await expect(page.getByText('nem sikerült törölni')).toBeVisible();
	expect(await everSaid()).not.toContain('Az elérhetőséget töröltük.');
	// As said: opened again, the contact is back.
	await page.reload();
	await expect(help).toContainText('Kiss Anna');

	// A newer link naming someone else, chosen while the device is still full.
	await page.goto('/gyik#nev=Nagy%20B%C3%A9la&tel=06201112222');
	await page.evaluate(WRITE_FAULTS.quota);
	await page.getByRole('button', { name: 'Az újat tartom meg' }).click();
	await expect(page.getByText('nem sikerült elmenteni: ha bezárja a segédet')).toBeVisible();
	await expect(page.getByText('Az új elérhetőséget mentettük el.')).toHaveCount(0);
	await page.goto('/');
	await expect(help).toContainText('Kiss Anna');
});

test('where the browser refuses storage, the helper does not promise to work offline', async ({ page }) => {
	// As in some private windows: the database cannot be opened at all.
	await page.addInitScript(() => {
		IDBFactory.prototype.open = function () {
			throw new DOMException('Storage is disabled.', 'SecurityError');
		};
	});
	await page.goto('/beallitas/1');
	await expect(page.getByRole('status').filter({ hasText: 'nem engedi az adatok mentését' })).toBeVisible();
	// The app knows it now works offline, the moment the note would show.
	await page.locator('html[data-offline-ready]').waitFor({ state: 'attached', timeout: 30_000 });
	await expect(page.getByText('mostantól internet nélkül is működik')).toHaveCount(0);
});

test('without a failure the start page still says the device remembers', async ({ page }) => {
	await page.goto('/beallitas/1');
	await completeStepOne(page, 'Kész, tovább');
	await page.goto('/');
	const progress = page.getByRole('region', { name: 'Itt tart most' });
	await expect(progress).toContainText('megjegyeztük');
	await expect(page.getByRole('status').filter({ hasText: 'elmenteni' })).toHaveCount(0);
});

for (const hash of ['#%', '#%zz', '#%E0%A4%A']) {
	test(`/gyik${hash} opens the page without an error and later links to answers still work`, async ({ page }) => {
		await page.goto(`/gyik${hash}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.evaluate(() => (location.hash = '#%zz'));
		await page.evaluate(() => (location.hash = '#anyk'));
		await expect(page.locator('details#anyk')).toHaveAttribute('open', '');
	});
}

test('parts loaded on demand that cannot be downloaded leave the page working, without an uncaught error', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	// A link names a contact, so the page asks for the contact's banner and card; their code never arrives (offline
	// before the service worker stored it, or a deployment replaced it). Marked by text only their code holds.
	await blockCodeHolding(page, 'help-contact', 'contact-banner');
	await page.goto('/#nev=Kiss%20Anna&iroda=P%C3%A9lda%20Kft.');
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByTestId('help-contact')).toHaveCount(0);
	// The page still does its job: the start button leads to step 1.
	await page.getByRole('link', { name: 'Kezdjük' }).first().click();
	await expect(page).toHaveURL(/\/beallitas\/1$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(errors).toEqual([]);
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

// A first visit on a weak link: the page's HTML arrives, but its text files or its code do not (both tries of a
// text file fail). SvelteKit would swap the readable page for a bare "500 Internal Error"; the page must stay.
const START_FAILURES = [
	{
		what: "the start page's text",
		path: '/#nev=Kiss%20Anna&iroda=P%C3%A9lda%20Kft.',
		blocked: /\/locales\/[^/]+\/hu\/(common|start)\.json$/,
		heading: 'Ügyfélkapu+ beállítása lépésről lépésre',
		notice: 'Az oldal egy része nem töltődött le',
		reload: 'Az oldal újratöltése'
	},
	{
		what: "an English step's text",
		path: '/en/beallitas/3',
		blocked: /\/locales\/[^/]+\/en\/wizard\/step-3\.json$/,
		heading: 'Request Ügyfélkapu+',
		notice: 'Part of this page could not be downloaded',
		reload: 'Reload the page'
	},
	{
		what: "the check page's own code",
		path: '/ellenorzes',
		// Only the code of that page's own component holds this text key.
		blocked: 'check.key.summary',
		heading: 'Mutatja-e a telefonja a jó kódot?',
		notice: 'Az oldal egy része nem töltődött le',
		reload: 'Az oldal újratöltése'
	},
	{
		what: 'the framework file every page needs',
		path: '/biztonsagi-lap',
		// The one file with i18next in it: without it no code of the app runs at all, not even its error hook.
		blocked: 'i18next',
		heading: 'Biztonsági lap nyomtatása',
		notice: 'Az oldal egy része nem töltődött le',
		reload: 'Az oldal újratöltése'
	}
] as const;

for (const f of START_FAILURES) {
	test(`when ${f.what} cannot be downloaded at start-up, the page stays readable and says so`, async ({
		context,
		baseURL
	}) => {
		if (typeof f.blocked === 'string') await blockCodeHolding(context, f.blocked);
		else await context.route(f.blocked, (route) => route.abort('internetdisconnected'));
		// A page of its own: the fixture's page waits for a start that never comes here.
		const page = await context.newPage();
		await page.goto(new URL(f.path, baseURL).href);
		const notice = page.getByRole('alert').filter({ hasText: f.notice });
		await expect(notice).toBeVisible({ timeout: 15_000 });
		// The prerendered page is still there, not SvelteKit's error page.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.heading);
		await expect(page.getByText('Internal Error')).toHaveCount(0);
		await expect(page.locator('html[data-ready]')).toHaveCount(0);
		// The reload link keeps the whole address, an accountant's fragment included.
		const reload = notice.getByRole('link', { name: f.reload });
		await expect(reload).toHaveAttribute('href', new URL(f.path, baseURL).href);
		expect(await axeViolations(page)).toEqual([]);

		// Once the connection is back, the link brings the working page.
		await context.unrouteAll({ behavior: 'ignoreErrors' });
		await reload.click();
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await expect(page.getByRole('alert').filter({ hasText: f.notice })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.heading);
		await page.close();
	});
}

test('without a failure the start-up notice stays hidden', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('#start-failed')).toBeHidden();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a page that cannot be downloaded while moving inside the app says so, and trying again keeps the typed key', async ({
	page
}) => {
	await page.goto('/ellenorzes');
	const key = page.getByLabel('Kulcs', { exact: true });
	await key.fill('JBSW Y3DP EHPK 3PXP');
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	// Before the offline copy is complete, the FAQ's text file does not arrive (both tries).
	let online = false;
	await page.route(/\/locales\/[^/]+\/hu\/faq\.json$/, (route) =>
		online ? route.fallback() : route.abort('internetdisconnected')
	);
	await page.getByRole('link', { name: 'Kérdések' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hiba történt');
	await expect(page.getByText('Az oldalt most nem sikerült letölteni.')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	online = true;
	await page.getByRole('link', { name: 'Újra megpróbálom' }).click();
	await expect(page).toHaveURL(/\/gyik$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gyakori kérdések');
	// Nothing reloaded: the key typed on the check page is still there.
	await page.getByRole('link', { name: 'Kód ellenőrzése' }).first().click();
	await expect(key).toHaveValue('JBSW Y3DP EHPK 3PXP');
});
