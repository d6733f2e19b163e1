import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * The guard every end-to-end test runs under: a CSP violation, an uncaught page error, a console error
 * or any request to another origin fails the test, so each new feature is checked as it lands.
 */
export const test = base.extend<{ guard: { problems: string[] } }>({
	guard: [
		async ({ page, context, baseURL }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
				});
			});
			await context.route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
					problems.push(`request to another origin: ${url.href}`);
					return route.abort();
				}
				return route.fallback();
			});
			const watch = (p: Page) => {
				p.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
				p.on('console', (msg) => {
					if (msg.type() === 'error' && !isExpectedConsoleError(msg.text()))
						problems.push(`console error: ${msg.text()}`);
				});
			};
			watch(page);
			context.on('page', watch);
			// Tests type faster than people: every full page load waits until the app has hydrated.
			const goto = page.goto.bind(page);
			const reload = page.reload.bind(page);
			const hydrated = () => page.locator('html[data-ready]').waitFor({ state: 'attached' });
			page.goto = async (...args) => {
				const response = await goto(...args);
				await hydrated();
				return response;
			};
			page.reload = async (...args) => {
				const response = await reload(...args);
				await hydrated();
				return response;
			};
			await use({ problems });
			expect(problems, 'CSP violations, page errors or foreign requests').toEqual([]);
		},
		{ auto: true }
	]
});

// Offline reloads of pages the service worker does not serve log network errors that are the point of the test;
// so does the browser itself when a test makes the worker script fail to load (the app catches that).
function isExpectedConsoleError(text: string): boolean {
	return /net::ERR_INTERNET_DISCONNECTED|Failed to load resource|bad HTTP response code \(\d+\) was received when fetching the script/.test(
		text
	);
}

export { expect };

/** Every route of the app in Hungarian and English. */
export const ROUTES = [
	'/',
	'/beallitas/1',
	'/beallitas/2',
	'/beallitas/3',
	'/beallitas/4',
	'/beallitas/5',
	'/beallitas/6',
	'/beallitas/7',
	'/beallitas/8',
	'/beallitas/9',
	'/ellenorzes',
	'/biztonsagi-lap',
	'/gyik',
	'/konyveloknek',
	'/adatvedelem'
];

/** The English twin of a Hungarian route. */
export function en(route: string): string {
	return route === '/' ? '/en' : `/en${route}`;
}

/** Run axe with the WCAG 2.x A/AA tags (2.2 included) and return the violations. */
export async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Wait until the service worker is active, which means every precached file has been stored. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}

/** The app's saved preferences (language, notes seen, the kept contact), read without the app's code. */
export function savedPreferences(page: Page): Promise<Record<string, unknown> | undefined> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown> | undefined>((resolve) => {
				const open = indexedDB.open('ugyfelkapu-seged');
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('prefs')) return resolve(undefined);
					const get = db.transaction('prefs').objectStore('prefs').get('prefs');
					get.onsuccess = () => resolve(get.result);
					get.onerror = () => resolve(undefined);
				};
				open.onerror = () => resolve(undefined);
			})
	);
}
