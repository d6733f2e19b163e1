/**
 * Pure helpers of the service worker's cache (src/service-worker.ts): cache names, which old caches to drop, and
 * the pack format written by scripts/precache-pack.js — every precached file in one JSON document, so a first
 * visit fills the offline cache with one request instead of one request per file.
 */

/** Everything under this path is a pack, fetched by the worker itself and never served from the cache. */
export const PACK_PREFIX = '/_app/precache-';

const PREFIX = 'app-';

export interface PackFile {
	url: string;
	type: string;
	body: string | Uint8Array<ArrayBuffer>;
}

/** The cache of one build version. */
export function cacheName(version: string): string {
	return `${PREFIX}${version}`;
}

/** Where the pack of a build version is served. */
export function packUrl(version: string): string {
	return `${PACK_PREFIX}${version}.json`;
}

/**
 * A cache holds this entry once its version has taken over (activated). A version that only waited and was replaced
 * by a newer one before the user accepted it never ran in any tab; its cache lacks the entry. Under PACK_PREFIX, so
 * the worker never serves it to a page.
 */
export const ACTIVATED_MARK = `${PACK_PREFIX}activated`;

/**
 * The caches to delete when `current` takes over: all but the current one and the newest other one whose version
 * ran (`activated`), which a tab still running that version needs for the code and text it has not loaded yet.
 * Caches from before the mark existed count as ran when no other does. `keys` is in creation order, as
 * `caches.keys()` gives it.
 */
export function cachesToDelete(keys: readonly string[], current: string, activated: ReadonlySet<string>): string[] {
	const others = keys.filter((k) => k !== current);
	const ran = others.filter((k) => activated.has(k));
	const keep = ran.length ? ran.at(-1) : others.at(-1);
	return others.filter((k) => k !== keep);
}

/**
 * A page's text in the pack with each shared block (the same <style> in many pages) written once, in `parts`, and
 * marked in the page as NUL, its index, NUL: gzip cannot see repeats further apart than 32 KiB, and every page
 * repeats its styles. NUL never occurs in an HTML page. Returns null when a mark names no part.
 */
export function joinParts(text: string, parts: readonly string[]): string | null {
	let broken = false;
	// eslint-disable-next-line no-control-regex -- NUL is the mark's delimiter, chosen because pages never hold it
	const joined = text.replace(/\u0000(\d+)\u0000/g, (_, n: string) => {
		const part = parts[Number(n)];
		if (part === undefined) broken = true;
		return part ?? '';
	});
	return broken ? null : joined;
}

/** The files of a pack; an empty list when the text is not a pack (the worker then fetches file by file). */
export function unpack(text: string): PackFile[] {
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch {
		return [];
	}
	const list = (doc as { files?: unknown } | null)?.files;
	if (!Array.isArray(list)) return [];
	const rawParts = (doc as { parts?: unknown }).parts;
	const parts = Array.isArray(rawParts) && rawParts.every((p) => typeof p === 'string') ? (rawParts as string[]) : [];
	const out: PackFile[] = [];
	for (const f of list as Record<string, unknown>[]) {
		if (typeof f?.url !== 'string' || typeof f.type !== 'string') continue;
		if (typeof f.text === 'string') {
			// A page whose shared parts are missing is left out: the worker fetches it by itself.
			const body = f.type.startsWith('text/html') ? joinParts(f.text, parts) : f.text;
			if (body !== null) out.push({ url: f.url, type: f.type, body });
		} else if (typeof f.base64 === 'string') {
			try {
				out.push({ url: f.url, type: f.type, body: fromBase64(f.base64) });
			} catch {
				// Not base64: the worker fetches this file by itself.
			}
		}
	}
	return out;
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
	const bin = atob(b64);
	const bytes = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
	return bytes;
}
