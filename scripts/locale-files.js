// A Vite plugin: the locale files (locales/<lang>/<area>.json) are served from one folder whose name is a hash of
// all of them, `/_app/immutable/locales/<hash>/<lang>/<area>.json`. The code then finds any file from the folder's
// name alone. With a hash in each file's own name (what `import.meta.glob('…', { query: '?url' })` gives), every
// page's framework file carried a table of forty such names, which gzip cannot shorten: about 0.9 KiB gzip on
// every page. The price: when one text changes, an update downloads every text file again (inside the precache
// pack, in the background), since the folder's name changes with it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The locale files under `dir`, as paths relative to it with `/` (e.g. `hu/wizard/step-3.json`), sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function localeFileNames(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && d.name.endsWith('.json'))
		.map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
		.sort();
}

/**
 * The name of the folder for these files: a hash of every file's path and text, so that any change gives a new name.
 * @param {{ name: string, text: string }[]} files
 * @returns {string}
 */
export function localeFolderName(files) {
	const hash = createHash('sha256');
	for (const { name, text } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
		hash.update(`${name}\0${text}\0`);
	return hash.digest('base64url').slice(0, 10);
}

/**
 * The plugin. `dir`: the locale folder (an absolute path); `prefix`: where the hashed folder is served (no trailing
 * slash; under SvelteKit's `appDir`, `_app`, and without a `paths.base`, which this app does not use). The app reads
 * the served folder's address as `__LOCALE_DIR__`.
 * @param {{ dir: string, prefix: string }} options
 * @returns {import('vite').Plugin}
 */
export function localeFiles({ dir, prefix }) {
	// Read once: the folder's name is the hash of exactly the bytes served under it (whitespace out, so reformatting a
	// file does not make every user download all the text again), even if a file is saved while the build runs.
	const files = localeFileNames(dir).map((name) => ({
		name,
		text: JSON.stringify(JSON.parse(readFileSync(join(dir, name), 'utf8')))
	}));
	const folder = `${prefix}/${localeFolderName(files)}`;
	return {
		name: 'locale-files',
		config: () => ({ define: { __LOCALE_DIR__: JSON.stringify(folder) } }),
		configureServer(server) {
			// `vite dev`: the same addresses, read from the source files on each request (edits show on reload).
			server.middlewares.use((req, res, next) => {
				const path = (req.url ?? '').split('?')[0];
				// Only the listed names are served (no decoding, so no path of another shape can reach the disk).
				const name = path.startsWith(folder + '/') ? path.slice(folder.length + 1) : '';
				if (name === '' || !localeFileNames(dir).includes(name)) return next();
				res.setHeader('content-type', 'application/json; charset=utf-8');
				res.end(readFileSync(join(dir, name)));
			});
		},
		generateBundle() {
			// The browser's build only (prerendering reads the files from disk, see src/lib/i18n/text-ssr.ts).
			if (this.environment.config.consumer !== 'client') return;
			for (const { name, text } of files) {
				this.emitFile({
					type: 'asset',
					fileName: `${folder.replace(/^\//, '')}/${name}`,
					// A name puts the file in Vite's manifest, from which SvelteKit lists what the service worker caches;
					// the original name keeps hu/common.json and en/common.json apart there.
					name,
					originalFileName: `locales/${name}`,
					source: text
				});
			}
		}
	};
}
