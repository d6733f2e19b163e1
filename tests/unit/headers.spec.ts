import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, metaCsp, pageBlocks, parseHeaders } from '../../scripts/headers.js';

const rules = parseHeaders(readFileSync('static/_headers', 'utf8'));
const page = headersFor(rules, '/beallitas/3');
const asset = headersFor(rules, '/_app/immutable/chunks/abc123.js');

/** Directives of a policy as name → sources. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

describe('static/_headers', () => {
	it('sends the security headers with every response', () => {
		for (const headers of [page, asset, headersFor(rules, '/')]) {
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('no-referrer');
			const hsts = /^max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '');
			expect(Number(hsts?.[1])).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
		}
	});

	it('allows the camera on this origin only and no other powerful feature', () => {
		const features = new Map(page['permissions-policy'].split(',').map((f) => f.trim().split('=') as [string, string]));
		expect(features.get('camera')).toBe('(self)');
		for (const [name, allow] of features) if (name !== 'camera') expect(allow, name).toBe('()');
		for (const name of ['microphone', 'geolocation', 'payment', 'usb']) expect(features.has(name), name).toBe(true);
	});

	it('caches hashed files for good and makes the browser ask again for the worker and the update files', () => {
		expect(asset['cache-control']).toBe('public, max-age=31536000, immutable');
		for (const path of ['/service-worker.js', '/manifest.webmanifest', '/_app/version.json', '/_app/precache-1.json'])
			expect(headersFor(rules, path)['cache-control'], path).toBe('no-cache');
		// Pages get their no-cache from the build (below); nothing here may add a second, conflicting value.
		expect(page['cache-control']).toBeUndefined();
		expect(page['content-security-policy']).toBeUndefined();
	});
});

describe('page blocks written by the build', () => {
	const root = mkdtempSync(join(tmpdir(), 'headers-'));
	mkdirSync(join(root, 'beallitas'));
	const policy = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; base-uri 'none'";
	const html = `<head><meta http-equiv="content-security-policy" content="${policy.replaceAll("'", '&#39;')}"></head>`;
	writeFileSync(join(root, 'index.html'), html);
	writeFileSync(join(root, 'beallitas', '3.html'), html);
	const built = parseHeaders(readFileSync('static/_headers', 'utf8') + '\n' + pageBlocks(root));

	it('gives every page the policy of its meta tag plus frame-ancestors, and no-cache', () => {
		for (const path of ['/', '/index.html', '/beallitas/3', '/beallitas/3.html']) {
			const headers = headersFor(built, path);
			const header = directives(headers['content-security-policy']);
			const meta = directives(metaCsp(html) ?? '');
			expect(meta.size).toBe(4);
			for (const [name, sources] of meta) expect(header.get(name), `${path} ${name}`).toEqual(sources);
			expect(header.get('frame-ancestors')).toEqual(["'none'"]);
			expect(headers['cache-control']).toBe('no-cache');
		}
	});

	it('rejects a page without a policy instead of deploying it unprotected', () => {
		writeFileSync(join(root, 'bare.html'), '<p>no policy</p>');
		expect(() => pageBlocks(root)).toThrow(/bare\.html/);
	});
});
