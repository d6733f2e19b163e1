import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

/** What left the page: URL, headers and body of every request of the context (pages and service worker). */
export type Sent = { url: string; headers: Record<string, string>; body: string | null };

/** Start recording every request the context makes; await the list when checking. */
export function recordRequests(context: BrowserContext): Promise<Sent>[] {
	const sent: Promise<Sent>[] = [];
	context.on('request', (request) => {
		sent.push(
			request.allHeaders().then(
				(headers) => ({ url: request.url(), headers, body: request.postData() }),
				() => ({ url: request.url(), headers: request.headers(), body: request.postData() })
			)
		);
	});
	return sent;
}

/** Everything the page could have kept: URL, cookies, Web Storage, every IndexedDB record and key, Cache Storage. */
export async function storedEverywhere(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const out: string[] = [
			location.href,
			document.cookie,
			JSON.stringify({ ...localStorage }),
			JSON.stringify({ ...sessionStorage })
		];
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const db = await request(indexedDB.open(info.name));
			for (const store of Array.from(db.objectStoreNames)) {
				const tx = db.transaction(store, 'readonly');
				out.push(store, JSON.stringify(await request(tx.objectStore(store).getAll())));
				out.push(JSON.stringify(await request(tx.objectStore(store).getAllKeys())));
			}
			db.close();
		}
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			out.push(name, ...(await cache.keys()).map((r) => r.url));
		}
		return out.join('\n');
	});
}

// Letters and digits only, lower case: a secret is found however it was spaced, cased or URL-encoded.
function squash(text: string): string {
	let decoded = text;
	try {
		decoded = decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		// Not URL-encoded: search it as it is.
	}
	return decoded.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Fails when any secret, or any 8-character piece of it, is in a request, the URL, a cookie or any storage.
 * `sent` must hold at least one request, so a broken recorder cannot pass silently.
 */
export async function expectNoSecretLeft(
	page: Page,
	context: BrowserContext,
	sent: Promise<Sent>[],
	secrets: string[]
) {
	const requests = await Promise.all(sent);
	expect(requests.length, 'requests recorded').toBeGreaterThan(0);
	const places = {
		requests: squash(requests.map((r) => `${r.url} ${JSON.stringify(r.headers)} ${r.body ?? ''}`).join(' ')),
		storage: squash(await storedEverywhere(page)),
		cookies: squash(JSON.stringify(await context.cookies())),
		url: squash(page.url())
	};
	for (const secret of secrets) {
		const needle = squash(secret);
		const pieces = new Set([needle]);
		for (let i = 0; i + 8 <= needle.length; i += 4) pieces.add(needle.slice(i, i + 8));
		for (const [where, haystack] of Object.entries(places)) {
			for (const piece of pieces) expect(haystack, `${piece} in ${where}`).not.toContain(piece);
		}
	}
}
