import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { localeFileNames, localeFiles, localeFolderName } from '../../scripts/locale-files.js';

/** A locale folder with these files (path → text) in a new temporary directory. */
function folder(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'locales-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}

const FILES = {
	'hu/common.json': '{\n\t"common": { "app-name": "Segéd" }\n}\n',
	'hu/wizard/step-3.json': '{ "title": "Harmadik" }',
	'en/common.json': '{ "common": { "app-name": "Helper" } }',
	'en/notes.txt': 'not a locale file'
};

type Emitted = { type: string; fileName: string; name: string; originalFileName: string; source: string };

/** The files the plugin emits into a build for this consumer ('client' or 'server'). */
function emitted(dir: string, consumer: 'client' | 'server'): Emitted[] {
	const plugin = localeFiles({ dir, prefix: '/_app/immutable/locales' });
	const emitFile = vi.fn();
	(plugin.generateBundle as (this: unknown) => void).call({ environment: { config: { consumer } }, emitFile });
	return emitFile.mock.calls.map(([file]) => file as Emitted);
}

/** The folder address the plugin gives the app through `define`. */
function definedFolder(dir: string): string {
	const plugin = localeFiles({ dir, prefix: '/_app/immutable/locales' });
	const config = (plugin.config as () => { define: Record<string, string> })();
	return JSON.parse(config.define.__LOCALE_DIR__) as string;
}

describe('locale files served from one hashed folder', () => {
	it('lists the JSON files of every language and subfolder, with forward slashes, sorted', () => {
		expect(localeFileNames(folder(FILES))).toEqual(['en/common.json', 'hu/common.json', 'hu/wizard/step-3.json']);
	});

	it("the folder's name changes with any file's text or name, and not with the order they are read in", () => {
		const a = { name: 'hu/common.json', text: '{"a":"1"}' };
		const b = { name: 'en/common.json', text: '{"a":"2"}' };
		const name = localeFolderName([a, b]);
		expect(name).toMatch(/^[A-Za-z0-9_-]{10}$/);
		expect(localeFolderName([b, a])).toBe(name);
		expect(localeFolderName([a, { ...b, text: '{"a":"3"}' }])).not.toBe(name);
		expect(localeFolderName([a, { ...b, name: 'en/start.json' }])).not.toBe(name);
		// A name and a text that run together the same way are still told apart.
		expect(localeFolderName([{ name: 'x', text: 'yz' }])).not.toBe(localeFolderName([{ name: 'xy', text: 'z' }]));
	});

	it("the browser's build gets every file, whitespace out, at the address the app is given; prerendering gets none", () => {
		const dir = folder(FILES);
		const at = definedFolder(dir);
		expect(at).toMatch(/^\/_app\/immutable\/locales\/[A-Za-z0-9_-]{10}$/);
		const files = emitted(dir, 'client');
		expect(files.map((f) => '/' + f.fileName)).toEqual([
			`${at}/en/common.json`,
			`${at}/hu/common.json`,
			`${at}/hu/wizard/step-3.json`
		]);
		for (const f of files) {
			const source = readFileSync(join(dir, f.name), 'utf8');
			expect(JSON.parse(f.source)).toEqual(JSON.parse(source));
			expect(f.source).not.toMatch(/\s/);
			// Named, so that Vite's manifest (and with it the service worker's list) includes the file.
			expect(f).toMatchObject({ type: 'asset', name: f.name, originalFileName: `locales/${f.name}` });
		}
		expect(emitted(dir, 'server')).toEqual([]);
	});

	it('a changed text moves every file to a new folder, so a cached old file is never served for a new one', () => {
		const dir = folder(FILES);
		const before = definedFolder(dir);
		writeFileSync(join(dir, 'hu/wizard/step-3.json'), '{ "title": "Harmadik lépés" }');
		expect(definedFolder(dir)).not.toBe(before);
	});

	it('reformatting a file keeps the folder, so an update does not download every text again for nothing', () => {
		const dir = folder(FILES);
		const before = definedFolder(dir);
		writeFileSync(join(dir, 'hu/wizard/step-3.json'), '{\n\t"title":   "Harmadik"\n}\n');
		expect(definedFolder(dir)).toBe(before);
	});

	it('a file saved while the build runs does not change what is served under the folder named before it', () => {
		const dir = folder(FILES);
		const plugin = localeFiles({ dir, prefix: '/_app/immutable/locales' });
		writeFileSync(join(dir, 'hu/wizard/step-3.json'), '{ "title": "Mentés közben" }');
		const emitFile = vi.fn();
		(plugin.generateBundle as (this: unknown) => void).call({
			environment: { config: { consumer: 'client' } },
			emitFile
		});
		const step3 = emitFile.mock.calls.map(([f]) => f as Emitted).find((f) => f.name === 'hu/wizard/step-3.json');
		expect(JSON.parse(step3?.source ?? '')).toEqual({ title: 'Harmadik' });
	});

	it('`vite dev` serves the source files at the same addresses and leaves every other request alone', () => {
		const dir = folder(FILES);
		const plugin = localeFiles({ dir, prefix: '/_app/immutable/locales' });
		const at = definedFolder(dir);
		let handler: (req: { url: string }, res: unknown, next: () => void) => void = () => {};
		(plugin.configureServer as (server: unknown) => void)({
			middlewares: { use: (h: typeof handler) => (handler = h) }
		});
		const serve = (url: string) => {
			const res = {
				headers: {} as Record<string, string>,
				body: '',
				setHeader(k: string, v: string) {
					this.headers[k] = v;
				},
				end(b: Buffer) {
					this.body = b.toString();
				}
			};
			const next = vi.fn();
			handler({ url }, res, next);
			return { res, next };
		};
		const hit = serve(`${at}/hu/wizard/step-3.json?v=1`);
		expect(hit.next).not.toHaveBeenCalled();
		expect(hit.res.body).toBe(FILES['hu/wizard/step-3.json']);
		expect(hit.res.headers['content-type']).toMatch(/^application\/json/);
		for (const url of [
			`${at}/en/notes.txt`,
			`${at}/../../etc/passwd`,
			`${at}/hu/nincs.json`,
			`${at}/hu%2Fcommon.json`,
			`${at}/%`,
			'/hu/common.json'
		])
			expect(serve(url).next, url).toHaveBeenCalledOnce();
	});
});
