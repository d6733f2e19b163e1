import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The one inline style attribute left: SvelteKit's route announcer (generated root component). Allowed by its hash
// ('unsafe-hashes'), so style-src needs no 'unsafe-inline'. If a SvelteKit update changes this text, the end-to-end
// guard reports the CSP violation; app.css hides the announcer too, for browsers without 'unsafe-hashes'.
const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerHash = `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`;

// The one inline script of our own: the start-up watcher in src/app.html, allowed by the hash of its exact text.
const watcher = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').match(/<script>([\s\S]*?)<\/script>/);
if (!watcher) throw new Error('src/app.html: the start-up watcher <script> is missing');
const watcherHash = `sha256-${createHash('sha256').update(watcher[1]).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Runes mode for the app's own components, also those that use no rune: otherwise they compile in legacy mode,
	// which brings Svelte's legacy lifecycle code into every page. Libraries choose for themselves.
	compilerOptions: {
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true),
		// Svelte's version announcement (window.__svelte) is for devtools and statistics, not for the app.
		discloseVersion: false
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		// src/service-worker.ts is registered by src/lib/pwa, which asks the user before an update takes over.
		// Host configuration files are not served by the hosts that read them, so they are not precached.
		serviceWorker: { register: false, files: (file) => !/^(_headers|_redirects|robots\.txt)$/.test(file) },
		// A page's small CSS files go into its HTML: no render-blocking request before the first paint on a slow link.
		// SvelteKit adds each inlined <style>'s hash to the CSP (hash mode), so no 'unsafe-inline' is needed.
		inlineStyleThreshold: 10_000,
		// Absolute asset paths: build/404.html is served at any depth (/beallitas/10), where "./_app" would miss.
		paths: { relative: false },
		prerender: {
			// The not-found page in English too (nothing links to it); static hosts serve build/404.html.
			entries: ['*', '/en', '/en/404'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', /** @type {`sha256-${string}`} */ (watcherHash)],
				'style-src': ['self', 'unsafe-hashes', /** @type {`sha256-${string}`} */ (announcerHash)],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
