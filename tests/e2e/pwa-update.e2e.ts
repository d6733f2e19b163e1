import type { Page } from '@playwright/test';
import { expect, test, waitForServiceWorker } from './fixtures';
import { startStaticServer } from './static-server';

// Next to E2E_PORT, so that test runs of several checkouts on one machine do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1000 + Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const host = startStaticServer(PORT);
test.use({ baseURL: `http://localhost:${PORT}` });
test.beforeAll(() => host.listen());
test.afterAll(() => host.close());

type Marked = { marker?: string };

/** The app stored for offline use and in charge of the page (reloaded once), as a returning user has it. */
async function installed(page: Page): Promise<void> {
	host.state.swSuffix = '';
	await page.goto('/beallitas/2');
	await waitForServiceWorker(page);
	await expect(page.getByRole('status').filter({ hasText: 'internet nélkül' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** A new deployment: the host now serves a different worker script, and the page's worker looks for it. */
async function deployNewVersion(page: Page, marker: string): Promise<void> {
	host.state.swSuffix = `\n// ${marker}\n`;
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
}

test('a new version is announced and applied only when the user asks', async ({ page }) => {
	await installed(page);
	await page.evaluate(() => {
		(window as Marked).marker = 'still here';
	});
	await deployNewVersion(page, 'next version');

	const prompt = page.getByRole('region', { name: 'Új változat érhető el – frissítés' });
	await expect(prompt).toBeVisible();
	// Nothing reloaded by itself: what the page holds in memory is still there.
	expect(await page.evaluate(() => (window as Marked).marker)).toBe('still here');

	await prompt.getByRole('button', { name: 'Frissítés most' }).click();
	// While the page reloads there is briefly no document to ask: count that as "not yet".
	await expect.poll(() => page.evaluate(() => (window as Marked).marker).catch(() => 'reloading')).toBeUndefined();
	await expect(page).toHaveURL(/\/beallitas\/2$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Új változat érhető el – frissítés' })).toHaveCount(0);
});

test('"Later" puts the update notice away, and keyboard focus goes on to the page', async ({ page }) => {
	await installed(page);
	await deployNewVersion(page, 'a later version');
	const prompt = page.getByRole('region', { name: 'Új változat érhető el – frissítés' });
	await expect(prompt).toBeVisible();
	await prompt.getByRole('button', { name: 'Később' }).focus();
	await page.keyboard.press('Enter');
	await expect(prompt).toHaveCount(0);
	// The notice came just before the page's content: that is where the next Tab leads, not the top of the page.
	await expect(page.locator('#main')).toBeFocused();
});
