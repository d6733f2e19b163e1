#!/usr/bin/env node
// Writes build/_app/precache-<version>.json after `vite build`: every file the service worker precaches
// (src/service-worker.ts), in one document, so a first visit fills the offline cache with one request.
// The worker checks each file against its own list and fetches anything missing on its own, so a stale or
// absent pack only costs time. Usage: node scripts/precache-pack.js [buildDir] [staticDir]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** Content types by file extension: also used by the benchmark's and the end-to-end tests' static servers. */
/** @type {Record<string, string>} */
export const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2'
};
/** The content type a host should send for this file. @param {string} file */
export function contentType(file) {
	return TYPES[extname(file)] ?? 'application/octet-stream';
}
const TEXT = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);
/** Static files the worker does not precache (svelte.config.js serviceWorker.files says the same). */
export const NOT_PRECACHED = /^(_headers|_redirects|robots\.txt)$/;

/** @param {string} dir @returns {string[]} */
function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/**
 * The URL a built file is served at: prerendered pages without `.html`, as the worker stores them.
 * @param {string} buildDir
 * @param {string} file
 * @returns {string}
 */
export function urlOf(buildDir, file) {
	const rel = '/' + relative(buildDir, file).split(sep).join('/');
	if (!rel.endsWith('.html')) return rel;
	if (rel === '/index.html') return '/';
	return rel.replace(/\/index\.html$|\.html$/, '');
}

/**
 * Hashed files every page loads (framework, layout, shared text): a first visit has just loaded them, so the worker
 * takes them from the browser's HTTP cache instead of downloading them a second time inside the pack. A `disabled`
 * stylesheet link is not loaded (SvelteKit writes one for each style it inlined), so those files stay in the pack.
 */
/** @param {string[]} pages @returns {Set<string>} */
function linkedByEveryPage(pages) {
	const sets = pages.map((f) => loadedBy(readFileSync(f, 'utf8')));
	return sets.length ? new Set([...sets[0]].filter((u) => sets.every((s) => s.has(u)))) : new Set();
}

/** The hashed files a page's HTML makes the browser load: its links (not disabled ones) and its start-up script. */
/** @param {string} html @returns {Set<string>} */
export function loadedBy(html) {
	const urls = new Set();
	for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
		if (/\sdisabled\b/.test(tag)) continue;
		for (const url of tag.match(/\/_app\/immutable\/[^"'\s)]+/g) ?? []) urls.add(url);
	}
	for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
		for (const url of script.match(/\/_app\/immutable\/[^"'\s)]+/g) ?? []) urls.add(url);
	return urls;
}

/**
 * The pack document for a build folder (exported for the unit test).
 * @param {string} buildDir
 * @param {string} staticDir
 * @returns {{ parts: string[], files: ({ url: string, type: string, text: string } | { url: string, type: string, base64: string })[] }}
 */
export function buildPack(buildDir, staticDir) {
	const statics = new Set(
		walk(staticDir)
			.map((f) => relative(staticDir, f).split(sep).join('/'))
			.filter((f) => !NOT_PRECACHED.test(f))
			.map((f) => join(buildDir, f))
	);
	const chosen = walk(buildDir).filter(
		(f) => f.startsWith(join(buildDir, '_app', 'immutable') + sep) || f.endsWith('.html') || statics.has(f)
	);
	const common = linkedByEveryPage(chosen.filter((f) => f.endsWith('.html')));
	const files = chosen
		.sort()
		.filter((file) => !common.has(urlOf(buildDir, file)))
		.map((file) => {
			const ext = extname(file);
			const body = readFileSync(file);
			const entry = { url: urlOf(buildDir, file), type: contentType(file) };
			return TEXT.has(ext) ? { ...entry, text: body.toString('utf8') } : { ...entry, base64: body.toString('base64') };
		});
	return splitParts(files);
}

// Every page carries its styles inline (no render-blocking request on a slow link), so most pages repeat the same
// few kilobytes. gzip cannot see repeats more than 32 KiB apart, so the pack writes each such block once, in
// `parts`, and marks it in the page as NUL, index, NUL (src/lib/pwa/precache.ts joins them back).
const SHARED_BLOCK = /<style[^>]*>[\s\S]*?<\/style>/g;
const MIN_SHARED = 500;

/**
 * @param {({ url: string, type: string, text: string } | { url: string, type: string, base64: string })[]} files
 */
function splitParts(files) {
	/** @type {Map<string, number>} */
	const seen = new Map();
	for (const f of files) {
		if (!('text' in f) || !f.type.startsWith('text/html') || f.text.includes('\u0000')) continue;
		for (const block of f.text.match(SHARED_BLOCK) ?? []) seen.set(block, (seen.get(block) ?? 0) + 1);
	}
	/** @type {string[]} */
	const parts = [];
	/** @type {Map<string, number>} */
	const index = new Map();
	for (const [block, count] of seen) {
		if (count < 2 || block.length < MIN_SHARED) continue;
		index.set(block, parts.length);
		parts.push(block);
	}
	return {
		parts,
		files: files.map((f) =>
			'text' in f && index.size && f.type.startsWith('text/html') && !f.text.includes('\u0000')
				? {
						...f,
						text: f.text.replace(SHARED_BLOCK, (block) =>
							index.has(block) ? `\u0000${index.get(block)}\u0000` : block
						)
					}
				: f
		)
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const buildDir = process.argv[2] ?? 'build';
	const staticDir = process.argv[3] ?? 'static';
	const { version } = JSON.parse(readFileSync(join(buildDir, '_app', 'version.json'), 'utf8'));
	const pack = buildPack(buildDir, staticDir);
	const out = join(buildDir, '_app', `precache-${version}.json`);
	writeFileSync(out, JSON.stringify(pack));
	console.log(`precache pack: ${pack.files.length} files in ${out}`);
}
