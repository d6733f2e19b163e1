import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
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
	await page.route('**/_app/immutable/**', async (route) => {
		try {
			const response = await route.fetch();
			const body = await response.body();
			if (body.includes('help-contact') || body.includes('contact-banner')) return route.abort('internetdisconnected');
			return route.fulfill({ response, body });
		} catch {
			// The test ended (the page closed) while this response was still on its way.
		}
	});
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
