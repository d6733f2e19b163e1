#!/usr/bin/env node
// Size benchmark of the built app (run `npm run bench`): the gzip size of the JavaScript a first visit
// downloads on each page, against the budgets in DEVELOPERS.md, and what the service worker precaches.
// It measures bytes, not time, so it gives the same answer on any machine.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const KIB = 1024;
const BUDGETS = [
	{ path: '/', kib: 48 },
	{ path: '/beallitas/1', kib: 48 },
	{ path: '/beallitas/5', kib: 48 },
	{ path: '/beallitas/7', kib: 48 },
	{ path: '/ellenorzes', kib: 66 },
	{ path: '/biztonsagi-lap', kib: 66 },
	// No budget is set for these: measured so that growth shows.
	{ path: '/gyik', kib: null },
	{ path: '/adatvedelem', kib: null },
	{ path: '/konyveloknek', kib: null },
	{ path: '/en', kib: 48 },
	{ path: '/en/ellenorzes', kib: 66 }
];
const port = Number(process.env.BENCH_PORT ?? 4180);
const executablePath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(
	(p) => p && existsSync(p)
);
if (!executablePath) {
	console.error('No Chromium found: install it with `apt-get install chromium` or set CHROMIUM_PATH.');
	process.exit(2);
}

// Vite itself, not through npx, so that killing it at the end really stops the server.
const server = spawn(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
	{
		stdio: 'ignore'
	}
);
const base = `http://localhost:${port}`;
async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(base)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('preview server did not start');
}

let failed = false;
try {
	await waitForServer();
	const browser = await chromium.launch({
		executablePath,
		args: [
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--no-sandbox'
		]
	});
	console.log(
		'First visit JavaScript (minified + gzip -9), counted from the requests of the page itself, not the precache downloads of the service worker:'
	);
	for (const { path, kib } of BUDGETS) {
		// A fresh context is a first visit: nothing cached.
		const context = await browser.newContext();
		const page = await context.newPage();
		const scripts = new Map();
		page.on('response', async (res) => {
			if (res.request().resourceType() === 'script' || res.url().endsWith('.js')) {
				// Sizes come from the built files: Chromium does not keep bodies of modulepreloaded responses.
				const file = join('build', new URL(res.url()).pathname);
				if (existsSync(file)) scripts.set(res.url(), readFileSync(file));
			}
		});
		await page.goto(base + path, { waitUntil: 'networkidle' });
		let total = 0;
		if (process.env.BENCH_VERBOSE)
			for (const [u, b] of scripts) console.log(`     ${u} ${gzipSync(b, { level: 9 }).length}`);
		for (const body of scripts.values()) total += gzipSync(body, { level: 9 }).length;
		const over = kib !== null && total > kib * KIB;
		failed ||= over;
		console.log(
			`  ${path.padEnd(18)} ${(total / KIB).toFixed(1).padStart(6)} KiB in ${String(scripts.size).padStart(2)} files  ${kib === null ? '' : `(budget ${kib} KiB)`}${over ? '  OVER BUDGET' : ''}`
		);
		await context.close();
	}
	// Time until the app works offline on a slow phone: 4× slower CPU and a "Fast 3G"-like network
	// (150 ms latency, 1.6 Mbit/s down). Informative: it depends on this machine too, so it has no budget.
	{
		const context = await browser.newContext();
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 150,
			downloadThroughput: (1.6 * 1024 * 1024) / 8,
			uploadThroughput: (750 * 1024) / 8
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const start = Date.now();
		await page.goto(base + '/', { waitUntil: 'load' });
		const loaded = Date.now() - start;
		await page.getByText(/internet nélkül is működik/).waitFor({ timeout: 120_000 });
		const ready = Date.now() - start;
		// The emulation throttles the page, not the service worker's own downloads: see the estimate below too.
		console.log(
			`Slow phone (4× CPU, 150 ms, 1.6 Mbit/s on the page): page loaded in ${(loaded / 1000).toFixed(1)} s, offline-ready in ${(ready / 1000).toFixed(1)} s.`
		);
		await context.close();
	}
	await browser.close();

	const sw = readFileSync('build/sw.js', 'utf8');
	const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
	const bytes = urls.reduce((sum, u) => {
		const file = join('build', u === '/' ? 'index.html' : u);
		const path = [`${file}.html`, file].find((f) => existsSync(f) && statSync(f).isFile());
		return sum + (path ? gzipSync(readFileSync(path)).length : 0);
	}, 0);
	// Workbox fetches the precache one file after another, so on a slow link each file costs a round trip.
	const slow = urls.length * 0.15 + bytes / ((1.6 * 1024 * 1024) / 8);
	console.log(
		`Precache: ${urls.length} files (${urls.filter((u) => u.endsWith('.js')).length} JS), ${(bytes / KIB).toFixed(0)} KiB gzip; ` +
			`one by one at 150 ms and 1.6 Mbit/s that is about ${slow.toFixed(0)} s.`
	);
} finally {
	server.kill();
}
process.exit(failed ? 1 : 0);
