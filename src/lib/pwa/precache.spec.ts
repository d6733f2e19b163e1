import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack, loadedBy, urlOf } from '../../../scripts/precache-pack.js';
import { joinParts, cacheName, cachesToDelete, packUrl, unpack } from './precache';

describe('cachesToDelete', () => {
	it('keeps the current cache and the newest older one, for a tab still on the previous version', () => {
		const all = (keys: string[]) => new Set(keys);
		expect(cachesToDelete(['app-1', 'app-2', 'app-3'], 'app-3', all(['app-1', 'app-2', 'app-3']))).toEqual(['app-1']);
		expect(cachesToDelete(['workbox-precache-v2-x', 'app-9'], 'app-9', all(['app-9']))).toEqual([]);
		expect(cachesToDelete(['a', 'b', 'c', 'app-4'], 'app-4', all([]))).toEqual(['a', 'b']);
		expect(cachesToDelete(['app-4'], 'app-4', all(['app-4']))).toEqual([]);
	});

	it('keeps the version that ran, not a newer one that only waited and was replaced before anyone accepted it', () => {
		// app-1 ran in the open tab; app-2 was installed and waited; app-3 replaced it and is taking over now.
		expect(cachesToDelete(['app-1', 'app-2', 'app-3'], 'app-3', new Set(['app-1']))).toEqual(['app-2']);
		// Of several versions that ran, the newest.
		expect(cachesToDelete(['app-1', 'app-2', 'app-3', 'app-4'], 'app-4', new Set(['app-1', 'app-2']))).toEqual([
			'app-1',
			'app-3'
		]);
	});
});

describe('pack', () => {
	it('round-trips text and binary files written by scripts/precache-pack.js', () => {
		const root = mkdtempSync(join(tmpdir(), 'pack-'));
		const build = join(root, 'build');
		const statics = join(root, 'static');
		mkdirSync(join(build, '_app', 'immutable', 'chunks'), { recursive: true });
		mkdirSync(join(build, 'en'), { recursive: true });
		mkdirSync(statics);
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13]);
		writeFileSync(join(build, 'index.html'), '<p>„Kész” – ok</p>');
		writeFileSync(join(build, 'en.html'), '<p>en</p>');
		writeFileSync(join(build, 'en', 'gyik.html'), '<p>faq</p>');
		writeFileSync(join(build, '_app', 'immutable', 'chunks', 'a.js'), 'export const a = "\\u2013";');
		writeFileSync(join(build, '_app', 'version.json'), '{"version":"1"}');
		writeFileSync(join(build, 'icon.png'), png);
		writeFileSync(join(statics, 'icon.png'), png);
		writeFileSync(join(build, '_headers'), '/*\n  X: y');
		writeFileSync(join(statics, '_headers'), '/*\n  X: y');

		const files = unpack(JSON.stringify(buildPack(build, statics)));
		const byUrl = new Map(files.map((f) => [f.url, f]));
		expect([...byUrl.keys()].sort()).toEqual(['/', '/_app/immutable/chunks/a.js', '/en', '/en/gyik', '/icon.png']);
		expect(byUrl.get('/')).toEqual({ url: '/', type: 'text/html; charset=utf-8', body: '<p>„Kész” – ok</p>' });
		expect(byUrl.get('/_app/immutable/chunks/a.js')?.body).toBe('export const a = "\\u2013";');
		expect(Array.from(byUrl.get('/icon.png')?.body as Uint8Array)).toEqual(Array.from(png));
		expect(byUrl.get('/icon.png')?.type).toBe('image/png');
	});

	it('leaves out hashed files every page links to, which a first visit has in its HTTP cache already', () => {
		const root = mkdtempSync(join(tmpdir(), 'pack-'));
		const build = join(root, 'build');
		mkdirSync(join(build, '_app', 'immutable'), { recursive: true });
		mkdirSync(join(root, 'static'));
		const link = (f: string) => `<link rel="modulepreload" href="/_app/immutable/${f}">`;
		writeFileSync(join(build, 'index.html'), link('shared.js') + link('home.js'));
		writeFileSync(join(build, 'gyik.html'), link('shared.js'));
		for (const f of ['shared.js', 'home.js', 'lazy.js']) writeFileSync(join(build, '_app', 'immutable', f), f);
		const urls = unpack(JSON.stringify(buildPack(build, join(root, 'static')))).map((f) => f.url);
		expect(urls.sort()).toEqual(['/', '/_app/immutable/home.js', '/_app/immutable/lazy.js', '/gyik']);
	});

	it('keeps in the pack a style every page links only as disabled (inlined), since no page loaded it', () => {
		const html =
			'<link href="/_app/immutable/a.js" rel="modulepreload">' +
			'<link href="/_app/immutable/assets/x.css" rel="stylesheet" disabled media="(max-width: 0)">' +
			'<link rel="preload" as="fetch" crossorigin="anonymous" href="/_app/immutable/assets/t.json"/>' +
			'<script>import("/_app/immutable/entry/start.js")</script>';
		expect([...loadedBy(html)].sort()).toEqual([
			'/_app/immutable/a.js',
			'/_app/immutable/assets/t.json',
			'/_app/immutable/entry/start.js'
		]);
	});

	it('writes a style block that pages share once and gives every page its exact text back', () => {
		const root = mkdtempSync(join(tmpdir(), 'pack-'));
		const build = join(root, 'build');
		mkdirSync(join(build, '_app', 'immutable'), { recursive: true });
		mkdirSync(join(root, 'static'));
		const shared = `<style>${'.a{color:red}'.repeat(60)}</style>`;
		const own = `<style>${'.b{color:blue}'.repeat(60)}</style>`;
		const pages = {
			'index.html': `<head>${shared}</head><p>„Kész”</p>`,
			'gyik.html': `<head>${shared}${own}</head><p>gyik</p>`,
			'en.html': `<head>${shared}<style>.c{}</style></head>`
		};
		for (const [f, text] of Object.entries(pages)) writeFileSync(join(build, f), text);
		writeFileSync(join(build, '_app', 'immutable', 'x.js'), 'const nul = "\u0000";');
		const pack = buildPack(build, join(root, 'static'));
		expect(pack.parts).toEqual([shared]);
		expect(JSON.stringify(pack).split(shared).length - 1).toBe(1);
		const byUrl = new Map(unpack(JSON.stringify(pack)).map((f) => [f.url, f.body]));
		expect(byUrl.get('/')).toBe(pages['index.html']);
		expect(byUrl.get('/gyik')).toBe(pages['gyik.html']);
		expect(byUrl.get('/en')).toBe(pages['en.html']);
		expect(byUrl.get('/_app/immutable/x.js')).toBe('const nul = "\u0000";');
	});

	it('leaves out a page whose shared part is missing, so the worker fetches it by itself', () => {
		const doc = {
			parts: ['<style>x</style>'],
			files: [
				{ url: '/', type: 'text/html; charset=utf-8', text: '<p>\u00000\u0000</p>' },
				{ url: '/gyik', type: 'text/html; charset=utf-8', text: '<p>\u00001\u0000</p>' }
			]
		};
		expect(unpack(JSON.stringify(doc))).toEqual([
			{ url: '/', type: 'text/html; charset=utf-8', body: '<p><style>x</style></p>' }
		]);
		expect(joinParts('a\u00007\u0000', [])).toBeNull();
	});

	it('maps built files to the URLs pages are requested at', () => {
		expect(urlOf('/b', '/b/index.html')).toBe('/');
		expect(urlOf('/b', '/b/beallitas/3.html')).toBe('/beallitas/3');
		expect(urlOf('/b', '/b/en/index.html')).toBe('/en');
		expect(urlOf('/b', '/b/favicon.svg')).toBe('/favicon.svg');
	});

	it('gives no files, instead of throwing, for anything that is not a pack', () => {
		for (const text of [
			'',
			'null',
			'[]',
			'{"files":3}',
			'<html>',
			'{"files":[null,{"url":1},{"url":"/a","type":"x","base64":"%%%"}]}'
		])
			expect(unpack(text)).toEqual([]);
	});

	it('names caches and packs by build version', () => {
		expect(cacheName('42')).not.toBe(cacheName('43'));
		expect(packUrl('42')).toBe('/_app/precache-42.json');
	});
});
