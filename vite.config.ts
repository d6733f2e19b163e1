import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { kitSvelteImports } from './scripts/kit-svelte-imports.js';
import { localeFiles } from './scripts/locale-files.js';

export default defineConfig({
	// The service worker is src/service-worker.ts (built by SvelteKit, registered by src/lib/pwa); the web app
	// manifest is static/manifest.webmanifest.
	// Component tests mount Svelte's browser build in jsdom; svelteTesting does nothing outside Vitest.
	plugins: [
		kitSvelteImports(),
		localeFiles({ dir: fileURLToPath(new URL('./locales', import.meta.url)), prefix: '/_app/immutable/locales' }),
		sveltekit(),
		svelteTesting()
	],
	build: {
		// No preload lists inside the code: every dynamic import would otherwise carry the list of files it needs
		// (about 1.4 KiB gzip on the first page alone). SvelteKit still lists each page's files in its HTML, the
		// service worker serves everything after the first visit, and the CSS of a lazily loaded part still loads.
		modulePreload: false,
		rolldownOptions: {
			output: {
				// Fewer, larger files: the service worker precaches files one by one, and gzip works better on
				// one framework file than on many small ones. Page-specific libraries (QR, OTP) stay separate.
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							// The framework and the app's own modules that every page uses (shell, language, storage), including
							// the layouts, the error page and SvelteKit's generated root and route list: every page loads them
							// anyway, and inside one file they need no imports between files (about 1.5 KiB gzip less per page).
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|i18next|idb|esm-env|devalue|clsx)[\\/]|preload-helper|src[\\/]lib[\\/](i18n|storage)[\\/]|src[\\/]lib[\\/]pwa[\\/](pwa\.svelte|start-failure)|src[\\/]lib[\\/]components[\\/](SiteHeader|SiteFooter|LanguageSwitch|ExternalLink|StorageNotice|PageTitle)|src[\\/]lib[\\/]wizard[\\/](progress|steps\.ts|ResumeLink)|src[\\/]lib[\\/]accountant[\\/](contact\.svelte|HelpContact\.svelte|ReportBack\.svelte)|src[\\/]routes[\\/](\+error\.svelte|\+layout\.ts|\[\[lang=lang\]\][\\/]\+layout\.(svelte|ts))|src[\\/]lib[\\/]pwa[\\/]UpdatePrompt|generated[\\/](root\.svelte|client-optimized[\\/](app|matchers)\.js)|src[\\/]hooks\.client/
						},
						{
							name: 'ui',
							// Small parts the step pages and tool pages show (back link, error summary, fields, links): one file.
							test: /src[\\/]lib[\\/](forms[\\/]ErrorSummary|components[\\/](BackLink|TextField|Heading|LangText|language-parts)|wizard[\\/](step-context|StepReturn|SideLink|FaqLink|StepFaqLinks|PhoneOnly|drawings[\\/]DrawingParts)|qr[\\/]qr\.ts)/
						},
						{
							name: 'key-parts',
							// What the pages that handle a key share (fields, codes, the key's rules): one file instead of
							// eight tiny ones, each a round trip on a slow phone link.
							test: /src[\\/]lib[\\/](forms[\\/](CopyButton|clipboard)|components[\\/](Token|token)|otp[\\/](key|otpauth-uri)|sheet[\\/]sheet\.ts|secrets[\\/]vault|wizard[\\/]AccountName)/
						}
					]
				}
			}
		}
	},
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node',
		// Property tests run thousands of inputs; on a busy 2-core machine the default 5 s is too tight.
		testTimeout: 30_000
	}
});
