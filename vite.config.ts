import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			registerType: 'prompt',
			// Registered from src/lib/pwa so no inline script is needed (CSP) and the user is asked before updating.
			injectRegister: false,
			// Absolute, so pages under /beallitas/ and /en/ register the same worker for the whole site.
			base: '/',
			scope: '/',
			kit: { trailingSlash: 'never' },
			manifest: {
				id: '/',
				name: 'Ügyfélkapu+ Segéd',
				short_name: 'Ügyfélkapu+ Segéd',
				description: 'Lépésről lépésre az Ügyfélkapu+ beállításához. Nem hivatalos segédlet.',
				lang: 'hu',
				dir: 'ltr',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				background_color: '#ffffff',
				theme_color: '#0b3d91',
				icons: [
					{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
					{ src: '/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			workbox: {
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webmanifest,woff2}', 'prerendered/**/*.html'],
				// Every page is prerendered and precached: there is no app shell to fall back to.
				navigateFallback: null,
				cleanupOutdatedCaches: true,
				// Any other page load (an unknown address, or a known page with a query such as ?lepes=7) goes to the
				// network; offline it gets the cached page itself, else the cached not-found page in its language.
				// The function is copied into sw.js as text, so it uses nothing from outside itself.
				runtimeCaching: [
					{
						urlPattern: ({ request }) => request.mode === 'navigate',
						handler: 'NetworkOnly',
						options: {
							plugins: [
								{
									handlerDidError: async ({ request }) => {
										const path = new URL(request.url).pathname;
										const known = await caches.match(path, { ignoreSearch: true });
										if (known) return known;
										const en = path === '/en' || path.startsWith('/en/');
										const notFound = await caches.match(en ? '/en/404' : '/404', { ignoreSearch: true });
										return notFound ?? Response.error();
									}
								}
							]
						}
					}
				]
			}
		})
	],
	build: {
		rolldownOptions: {
			output: {
				// Fewer, larger files: the service worker precaches files one by one, and gzip works better on
				// one framework file than on many small ones. Page-specific libraries (QR, OTP) stay separate.
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							// The framework and the app's own modules that every page uses (shell, language, storage).
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|i18next|idb|esm-env|devalue|clsx)[\\/]|preload-helper|src[\\/]lib[\\/](i18n|storage|pwa|secrets|components|accountant[\\/]contact|wizard[\\/]steps\.ts)/
						}
					]
				}
			}
		}
	},
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node'
	}
});
