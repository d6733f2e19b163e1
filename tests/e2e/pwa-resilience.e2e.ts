import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForServiceWorker } from './fixtures';
import { startStaticServer } from './static-server';
import { stepReady } from './wizard-helpers';

// Next to E2E_PORT, so that test runs of several checkouts on one machine do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1010 + Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const host = startStaticServer(PORT);
test.use({ baseURL: `http://localhost:${PORT}` });
test.beforeAll(() => host.listen());
test.afterAll(() => host.close());
test.beforeEach(() => {
	Object.assign(host.state, {
		swSuffix: '',
		version: host.builtVersion,
		goneImmutable: false,
		swStatus: 200,
		renamed: {}
	});
});

type Marked = { marker?: string };

/** The hashed files a built page links to. */
function pageCode(page: string): string[] {
	return readFileSync(join('build', `${page}.html`), 'utf8').match(/\/_app\/immutable\/[^"]+\.js/g) ?? [];
}
const UPDATE = 'Új változat érhető el – frissítés';

/**
 * The app installed in one tab and a second tab open on step 1 with something typed (a marker in its memory).
 * Returns the second tab and the FAQ page's own code file, which that tab has not loaded yet.
 */
async function twoTabs(page: Page, context: BrowserContext): Promise<{ other: Page; faqCode: string }> {
	await page.goto('/');
	await waitForServiceWorker(page);
	await page.reload();
	const other = await context.newPage();
	await other.goto('/beallitas/1');
	await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
	await other.evaluate(() => {
		(window as Marked).marker = 'typed';
	});
	const faqCode = pageCode('gyik').filter((f) => !pageCode('beallitas/1').includes(f) && f.includes('/nodes/'));
	expect(faqCode).toHaveLength(1);
	return { other, faqCode: faqCode[0]! };
}

/**
 * A new deployment found by the page's worker: another version, the FAQ page's code under a new name, and the
 * first build's hashed files gone from the host, so an old tab can get the old FAQ code only from a kept cache.
 */
async function deploy(page: Page, version: string, faqCode: string): Promise<void> {
	Object.assign(host.state, {
		version,
		goneImmutable: true,
		swSuffix: `\n// ${version}\n`,
		renamed: { [faqCode]: faqCode.replace(/\.js$/, `-${version}.js`) }
	});
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
}

/** The worker's caches, or none while the page is reloading (after "update now") and cannot be asked. */
function cacheNames(page: Page): Promise<string[]> {
	return page.evaluate(() => caches.keys()).catch(() => []);
}

/** The tab still on the first version opens its next page, whose code it has not loaded yet: nothing is lost. */
async function otherTabGoesOn(other: Page): Promise<void> {
	await other.getByRole('navigation').getByRole('link', { name: 'Kérdések' }).click();
	await expect(other).toHaveURL(/\/gyik$/);
	await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await other.evaluate(() => (window as Marked).marker)).toBe('typed');
}

test('an update accepted in one tab leaves another open tab working, without a reload', async ({ page, context }) => {
	const { other, faqCode } = await twoTabs(page, context);
	const before = host.state.version;
	await deploy(page, `${before}-next`, faqCode);
	const prompt = page.getByRole('region', { name: UPDATE });
	await prompt.getByRole('button', { name: 'Frissítés most' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect.poll(() => cacheNames(page)).toContain(`app-${before}-next`);
	await otherTabGoesOn(other);
});

test('an update that only waited and was replaced by a newer one is not the cache an open tab is kept for', async ({
	page,
	context
}) => {
	const { other, faqCode } = await twoTabs(page, context);
	const before = host.state.version;
	/** Installed, and waiting for the user. */
	const waiting = async (version: string) => {
		await expect.poll(() => cacheNames(page)).toContain(`app-${version}`);
		await expect
			.poll(() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return !!registration?.waiting && !registration.installing;
				})
			)
			.toBe(true);
	};
	// The user leaves the first update waiting; a second deployment replaces it before they accept.
	await deploy(page, `${before}-second`, faqCode);
	await waiting(`${before}-second`);
	await deploy(page, `${before}-third`, faqCode);
	await waiting(`${before}-third`);
	await page.getByRole('region', { name: UPDATE }).getByRole('button', { name: 'Frissítés most' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// Kept: the running version and the one the other tab still runs; the version that never ran is dropped.
	await expect.poll(() => cacheNames(page)).toEqual([`app-${before}`, `app-${before}-third`]);
	await otherTabGoesOn(other);
});

test('a worker script that cannot be loaded leaves the app working, without an error or notice', async ({ page }) => {
	host.state.swStatus = 404;
	const asked = host.state.swRequests;
	await page.goto('/');
	await expect.poll(() => host.state.swRequests).toBeGreaterThan(asked);
	await page.getByRole('navigation').getByRole('link', { name: 'Kérdések' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'internet nélkül' })).toHaveCount(0);
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) ?? null)).toBeNull();
});

test('with the headers of static/_headers the app starts and works offline, with no policy violation', async ({
	page,
	context
}) => {
	const response = await page.goto('/beallitas/3');
	const headers = response?.headers() ?? {};
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	// Neither policy allows inline styles in general; the route announcer's own style is allowed by its hash.
	expect(headers['content-security-policy']).not.toContain('unsafe-inline');
	const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(meta).not.toContain('unsafe-inline');
	expect(await page.locator('#svelte-announcer').evaluate((el) => (el as HTMLElement).style.clipPath)).toBe(
		'inset(50%)'
	);
	await waitForServiceWorker(page);
	await context.setOffline(true);
	const offline = await page.goto('/en/ellenorzes');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// Served by the worker from its cache: still not allowed inside a frame.
	expect(offline?.headers()['x-frame-options']).toBe('DENY');
	expect(offline?.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
});

test('a deployment replaced while the page is open: prompt, no reload by itself, progress kept after accepting', async ({
	page
}) => {
	await page.goto('/beallitas/1');
	await waitForServiceWorker(page);
	await page.reload();
	await stepReady(page);
	await page.getByRole('button', { name: 'Kész, tovább' }).click();
	await expect(page).toHaveURL(/\/beallitas\/2$/);
	await page.evaluate(() => {
		(window as Marked).marker = 'open';
	});

	Object.assign(host.state, { version: `${host.state.version}-replaced`, goneImmutable: true, swSuffix: '\n// v2\n' });
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
	const prompt = page.getByRole('region', { name: UPDATE });
	await expect(prompt).toBeVisible();
	expect(await page.evaluate(() => (window as Marked).marker)).toBe('open');

	await prompt.getByRole('button', { name: 'Frissítés most' }).click();
	await expect.poll(() => page.evaluate(() => (window as Marked).marker).catch(() => 'reloading')).toBeUndefined();
	await expect(page).toHaveURL(/\/beallitas\/2$/);
	await page.getByRole('link', { name: 'Ügyfélkapu+ Segéd – kezdőlap' }).click();
	const progress = page.getByRole('region', { name: 'Itt tart most' });
	await expect(progress.getByRole('listitem').first()).toContainText('Kész');
});
