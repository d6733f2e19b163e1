#!/usr/bin/env node
// Appends to build/_headers (copied from static/_headers) one block per prerendered page: the page's own
// Content-Security-Policy, taken from its <meta> tag so that both always agree, plus what only a header can say
// (frame-ancestors), and no-cache so that a new version is seen at once. Usage: node scripts/headers.js [buildDir]
import { appendFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Directives a <meta> policy cannot carry, added to the header. */
export const HEADER_ONLY = "frame-ancestors 'none'";

/**
 * The CSP of a page's <meta http-equiv> tag, or null.
 * @param {string} html
 * @returns {string | null}
 */
export function metaCsp(html) {
	const tag = html.match(/<meta[^>]+http-equiv="content-security-policy"[^>]*>/i)?.[0];
	return (
		tag
			?.match(/content="([^"]*)"/)?.[1]
			?.replaceAll('&#39;', "'")
			.replaceAll('&quot;', '"') ?? null
	);
}

/**
 * The paths a host may serve a built page at (`/beallitas/1` and `/beallitas/1.html`; `/` and `/index.html`).
 * @param {string} rel
 * @returns {string[]}
 */
export function pagePaths(rel) {
	const path = '/' + rel.split(sep).join('/');
	if (path === '/index.html') return ['/', '/index.html'];
	const bare = path.replace(/\/index\.html$|\.html$/, '');
	return path.endsWith('/index.html') ? [bare, `${bare}/`, path] : [bare, path];
}

/**
 * The _headers blocks of the pages in a build folder.
 * @param {string} buildDir
 * @returns {string}
 */
export function pageBlocks(buildDir) {
	/** @type {(dir: string) => string[]} */
	const walk = (dir) =>
		readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
	return walk(buildDir)
		.filter((f) => f.endsWith('.html'))
		.sort()
		.flatMap((file) => {
			const csp = metaCsp(readFileSync(file, 'utf8'));
			if (!csp) throw new Error(`${file} has no Content-Security-Policy <meta> tag`);
			return pagePaths(relative(buildDir, file)).map(
				(p) => `${p}\n  Content-Security-Policy: ${csp}; ${HEADER_ONLY}\n  Cache-Control: no-cache\n`
			);
		})
		.join('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const buildDir = process.argv[2] ?? 'build';
	appendFileSync(join(buildDir, '_headers'), `\n# Pages (scripts/headers.js)\n${pageBlocks(buildDir)}`);
	console.log(`headers: ${join(buildDir, '_headers')}`);
}

/**
 * Parses _headers text (Netlify / Cloudflare Pages format) into rules; `headersFor` applies them to a path the
 * way those hosts do (every matching rule, `*` matching any characters).
 * @param {string} text
 * @returns {{ path: string, headers: [string, string][] }[]}
 */
export function parseHeaders(text) {
	/** @type {{ path: string, headers: [string, string][] }[]} */
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
		else {
			const at = line.indexOf(':');
			if (at < 0 || !rules.length) throw new Error(`_headers: cannot read "${line}"`);
			rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/**
 * The headers the rules give a path; a header set by two rules gets both values joined by ", ".
 * @param {{ path: string, headers: [string, string][] }[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const rule of rules) {
		const re = new RegExp(
			'^' +
				rule.path
					.split('*')
					.map((/** @type {string} */ s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
					.join('.*') +
				'$'
		);
		if (!re.test(path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			out[key] = out[key] ? `${out[key]}, ${value}` : value;
		}
	}
	return out;
}
