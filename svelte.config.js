import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		// The app registers its own service worker (through @vite-pwa/sveltekit) so it can prompt before updating.
		serviceWorker: { register: false },
		// Absolute asset paths: build/404.html is served at any depth (/beallitas/10), where "./_app" would miss.
		paths: { relative: false },
		// Inline CSS would need style hashes in the CSP and a bigger HTML on every page.
		inlineStyleThreshold: 0,
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
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
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
