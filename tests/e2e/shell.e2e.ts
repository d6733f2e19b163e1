import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, en, expect, ROUTES, test, waitForServiceWorker } from './fixtures';

/** The language preference as stored in the app's database, read without the app's code. */
function savedLanguage(page: Page): Promise<string | undefined> {
	return page.evaluate(
		() =>
			new Promise<string | undefined>((resolve) => {
				const open = indexedDB.open('ugyfelkapu-seged');
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('prefs')) return resolve(undefined);
					const get = db.transaction('prefs').objectStore('prefs').get('prefs');
					get.onsuccess = () => resolve(get.result?.lang);
					get.onerror = () => resolve(undefined);
				};
				open.onerror = () => resolve(undefined);
			})
	);
}

test.describe('app shell', () => {
	test('every route exists in both languages with the right <html lang> and a level-one heading', async ({ page }) => {
		for (const route of ROUTES) {
			for (const [path, lang] of [
				[route, 'hu'],
				[en(route), 'en']
			] as const) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
				await expect(page.getByRole('contentinfo')).toContainText(
					lang === 'hu' ? 'nem állami oldal' : 'not a government site'
				);
			}
		}
	});

	test('the language switch keeps the page and the choice is remembered', async ({ page }) => {
		await page.goto('/gyik');
		await page.getByRole('link', { name: 'Switch to English' }).click();
		await expect(page).toHaveURL(/\/en\/gyik$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('link', { name: 'Váltás magyar nyelvre' }).click();
		await expect(page).toHaveURL(/\/gyik$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'hu');

		await page.getByRole('link', { name: 'Switch to English' }).click();
		await expect(page).toHaveURL(/\/en\/gyik$/);
		// The choice is written to IndexedDB in the background; a reload before the write ends would lose it.
		await expect.poll(() => savedLanguage(page)).toBe('en');
		// A later visit to the Hungarian start page follows the remembered choice.
		await page.goto('/');
		await expect(page).toHaveURL(/\/en$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('the skip link moves focus to the main content', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Ugrás a tartalomra' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
	});

	test('no page waits for a stylesheet before its first paint: its styles come inside the HTML', async ({
		request
	}) => {
		for (const route of ROUTES.flatMap((r) => [r, en(r)])) {
			const html = await (await request.get(route)).text();
			expect(html, route).toContain('<style>');
			// SvelteKit still lists the inlined files, disabled, so that its code does not load them again.
			const blocking = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
				.map((m) => m[0])
				.filter((link) => !/\bdisabled\b/.test(link));
			expect(blocking, route).toEqual([]);
		}
	});

	test('every page carries a CSP without unsafe-inline scripts', async ({ page }) => {
		for (const route of [ROUTES[0], '/beallitas/3', '/en/gyik']) {
			await page.goto(route);
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp).toMatch(/script-src 'self'/);
			expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
			expect(csp).toMatch(/object-src 'none'/);
			expect(csp).toMatch(/base-uri 'none'/);
			expect(csp).toMatch(/connect-src 'self'/);
		}
	});
});

test.describe('accessibility', () => {
	for (const route of ROUTES) {
		for (const path of [route, en(route)]) {
			test(`axe finds nothing on ${path}`, async ({ page }) => {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});
		}
		// WCAG 3.1.2: every official Hungarian label an English page quotes („…”) is read in Hungarian.
		test(`quoted Hungarian labels on ${en(route)} carry lang="hu"`, async ({ page }) => {
			await page.goto(en(route));
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const unmarked = await page.evaluate(() => {
				const main = document.querySelector('main')!;
				// Every closed answer and fold opened, so its text counts too.
				main.querySelectorAll('details').forEach((d) => (d.open = true));
				const quoted = [...main.innerText.matchAll(/„([^„”]+)”/g)].map((m) => m[1]);
				const marked = new Set([...main.querySelectorAll('[lang="hu"]')].map((el) => el.textContent));
				return quoted.filter((q) => !marked.has(q));
			});
			expect(unmarked).toEqual([]);
		});
	}
	test('a Hungarian page marks the English label it quotes, and nothing else', async ({ page }) => {
		await page.goto('/gyik');
		await expect(page.locator('main [lang="en"]', { hasText: /^Transfer accounts$/ }).first()).toBeAttached();
		await expect(page.locator('main [lang="hu"]')).toHaveCount(0);
	});
});

test.describe('offline', () => {
	test('after one visit every page loads without a network, in both languages', async ({ page, context }) => {
		await page.goto('/gyik');
		await waitForServiceWorker(page);
		await expect(page.getByRole('status').filter({ hasText: 'internet nélkül' })).toBeVisible();
		await context.setOffline(true);
		for (const path of [
			'/',
			'/beallitas/1',
			'/beallitas/9',
			'/ellenorzes',
			'/gyik',
			en('/'),
			en('/biztonsagi-lap'),
			en('/beallitas/5')
		]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en') ? 'en' : 'hu');
		}
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// In-app navigation offline needs the lazily loaded page code to be precached too.
		await page.goto('/');
		await page.getByRole('navigation').getByRole('link', { name: 'Kérdések' }).click();
		await expect(page).toHaveURL(/\/gyik$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});
});

test('every prerendered page carries the styles of its own markup, so nothing restyles or moves when code arrives', () => {
	// Svelte marks an element with its component's scope class only when that component's CSS styles it, so every
	// scope class in a page's markup must appear in the CSS the page inlines or links (a stylesheet Kit links as
	// disabled is not loaded). SvelteKit once left out the CSS of a component the error page also loads lazily.
	const pages: string[] = [];
	(function walk(dir: string) {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (name === '_app') continue;
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) pages.push(path);
		}
	})('build');
	expect(pages.length).toBeGreaterThanOrEqual(30);
	const scoped = (text: string) => new Set(Array.from(text.matchAll(/\bsvelte-[a-z0-9]{4,10}\b/g), (m) => m[0]));
	let checked = 0;
	for (const path of pages) {
		const html = readFileSync(path, 'utf8');
		let css = Array.from(html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g), (m) => m[1]).join('\n');
		for (const [, attributes] of html.matchAll(/<link([^>]*)>/g))
			if (/rel="stylesheet"/.test(attributes) && !/\bdisabled\b/.test(attributes))
				css += readFileSync(join('build', attributes.match(/href="([^"]+)"/)![1]!), 'utf8');
		const styled = scoped(css);
		const used = scoped(html.slice(html.indexOf('<body')));
		checked += used.size;
		expect(
			[...used].filter((name) => !styled.has(name)),
			path
		).toEqual([]);
	}
	expect(checked).toBeGreaterThan(100);
});

test('the build serves every text file, unchanged in content, from one folder the worker stores for offline use', () => {
	/** The JSON files under a folder, as paths with forward slashes relative to it. */
	const jsonFiles = (root: string): string[] =>
		(readdirSync(root, { recursive: true }) as string[])
			.filter((f) => f.endsWith('.json'))
			.map((f) => f.split('\\').join('/'))
			.sort();
	const sources = jsonFiles('locales');
	expect(sources.length).toBeGreaterThanOrEqual(40);
	const folders = readdirSync(join('build', '_app', 'immutable', 'locales'));
	expect(folders).toHaveLength(1);
	const served = join('build', '_app', 'immutable', 'locales', folders[0]!);
	expect(jsonFiles(served)).toEqual(sources);
	for (const name of sources)
		expect(JSON.parse(readFileSync(join(served, name), 'utf8')), name).toEqual(
			JSON.parse(readFileSync(join('locales', name), 'utf8'))
		);
	// The worker's list of files to store, and the pages' preloads, name the same addresses.
	const worker = readFileSync(join('build', 'service-worker.js'), 'utf8');
	const address = (name: string) => `/_app/immutable/locales/${folders[0]}/${name}`;
	expect(sources.filter((name) => !worker.includes(address(name)))).toEqual([]);
	expect(readFileSync(join('build', 'index.html'), 'utf8')).toContain(`href="${address('hu/start.json')}"`);
	expect(readFileSync(join('build', 'en.html'), 'utf8')).toContain(`href="${address('en/start.json')}"`);
	// Prerendering reads the files from disk: the server build holds no copy.
	expect(readdirSync(join('.svelte-kit', 'output', 'server'), { recursive: true }).join('\n')).not.toContain('locales');
});
