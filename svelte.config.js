import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		// src/service-worker.ts is registered by src/lib/pwa, which asks the user before an update takes over.
		// Host configuration files are not served by the hosts that read them, so they are not precached.
		serviceWorker: { register: false, files: (file) => !/^(_headers|_redirects|robots\.txt)$/.test(file) },
		// Inline CSS would need style hashes in the CSP and a bigger HTML on every page.
		inlineStyleThreshold: 0,
		prerender: {
			entries: ['*', '/en'],
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
		},
		alias: {
			$locales: 'locales'
		}
	}
};

export default config;
