import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browsers here, so it drives Debian's Chromium.
const candidates = [
	process.env.CHROMIUM_PATH,
	'/usr/lib/chromium/chromium',
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser'
];
const executablePath = candidates.find((p): p is string => !!p && existsSync(p));
if (!executablePath) {
	throw new Error(
		'No Chromium found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu), ' +
			'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the tests again.'
	);
}

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'hu-HU',
		timezoneId: 'Europe/Budapest',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic',
				'--no-sandbox'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		// The tests run against the production build (npm run test:e2e builds it first).
		command: `npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
