/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * The app's service worker, built by SvelteKit. It makes every page work offline after one visit and serves
 * files from its cache first. Why not Workbox's generated worker: that one fetched ~110 files one after another,
 * a minute on a weak phone connection. This one fetches one pack (scripts/precache-pack.js, written after the
 * build) and falls back to fetching the missing files a few at a time. It never takes over by itself: the page
 * asks the user and sends SKIP_WAITING (src/lib/pwa).
 */
import { build, files, prerendered, version } from '$service-worker';
import {
	ACTIVATED_MARK,
	PACK_PREFIX,
	cacheName,
	cachesToDelete,
	packUrl,
	unpack,
	type PackFile
} from '$lib/pwa/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const IMMUTABLE = '/_app/immutable/';
const URLS = [...new Set([...build, ...files, ...prerendered])];
const PARALLEL = 6;

sw.addEventListener('install', (event) => event.waitUntil(fill()));

sw.addEventListener('activate', (event) => event.waitUntil(activate()));

/** Marks this version as one that ran, and drops old caches but the one a tab still on the previous version needs. */
async function activate(): Promise<void> {
	await (await caches.open(CACHE)).put(ACTIVATED_MARK, new Response(''));
	const keys = await caches.keys();
	const activated = new Set<string>();
	for (const key of keys) if (await (await caches.open(key)).match(ACTIVATED_MARK)) activated.add(key);
	await Promise.all(cachesToDelete(keys, CACHE, activated).map((k) => caches.delete(k)));
}

sw.addEventListener('message', (event) => {
	// Sent only when the user pressed "update now".
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || url.pathname.startsWith(PACK_PREFIX)) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const key = request.mode === 'navigate' ? pageKey(url.pathname) : url.pathname;
	const cache = await caches.open(CACHE);
	const hit =
		(await cache.match(key)) ??
		// Hashed files of the version an older tab still runs, kept in the previous cache.
		(url.pathname.startsWith(IMMUTABLE) ? await caches.match(key) : undefined);
	if (hit) return hit;
	if (request.mode !== 'navigate') return fetch(request);
	try {
		return await fetch(request);
	} catch {
		// Offline, at an address no page has (a mistyped or cut-off link): the not-found page in its language.
		const en = url.pathname === '/en' || url.pathname.startsWith('/en/');
		return (await cache.match(en ? '/en/404' : '/404')) ?? Response.error();
	}
}

/** The cache key of a page: prerendered pages are stored under their path without a trailing slash. */
function pageKey(pathname: string): string {
	const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	return trimmed.replace(/\/index\.html$|\.html$/, '') || '/';
}

// Pages from the cache keep the protection against framing that the host's headers give (a <meta> policy cannot).
function headersOf(type: string): HeadersInit {
	const headers: Record<string, string> = { 'content-type': type };
	if (type.startsWith('text/html')) {
		headers['content-security-policy'] = "frame-ancestors 'none'";
		headers['x-frame-options'] = 'DENY';
		headers['x-content-type-options'] = 'nosniff';
	}
	return headers;
}

async function fill(): Promise<void> {
	const cache = await caches.open(CACHE);
	const missing = new Set(URLS);
	// Hashed files never change: take the ones an older version already stored, without the network.
	await Promise.all(
		URLS.filter((u) => u.startsWith(IMMUTABLE)).map(async (u) => {
			const old = await caches.match(u);
			if (old) {
				await cache.put(u, old);
				missing.delete(u);
			}
		})
	);
	// Many files to fetch (the first visit): one request for all of them.
	if (missing.size > PARALLEL) {
		try {
			const response = await fetch(packUrl(version), { cache: 'no-store' });
			if (response.ok) {
				const stored = await Promise.all(
					unpack(await response.text())
						.filter((f) => missing.has(f.url))
						.map(async (f: PackFile) => {
							await cache.put(f.url, new Response(f.body, { headers: headersOf(f.type) }));
							return f.url;
						})
				);
				for (const u of stored) missing.delete(u);
			}
		} catch {
			// No pack (a plain `vite build`) or a broken one: fetch the files themselves below.
		}
	}
	const queue = [...missing];
	await Promise.all(
		Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
			for (let u = queue.shift(); u !== undefined; u = queue.shift()) {
				// Hashed files the page just loaded come from the HTTP cache; pages are checked with the host.
				const response = await fetch(u, { cache: u.startsWith(IMMUTABLE) ? 'default' : 'no-cache' });
				if (!response.ok) throw new Error(`precache: ${u} answered ${response.status}`);
				await cache.put(u, response);
			}
		})
	);
}
