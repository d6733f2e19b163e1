import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { Page } from '@playwright/test';

// The QR images are made here with `qrcode` in Node, an encoder independent of the app's decoder (`qr`).

// RFC 6238 Appendix B: the SHA-1 key "12345678901234567890", in base32 (RFC 4648) written out by hand.
export const RFC_KEY = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
export const ISSUER = '%C3%9Cgyf%C3%A9lkapu%2B';
export const OFFICIAL = `otpauth://totp/${ISSUER}:minta123%40ugyfelkapu.gov.hu?secret=${RFC_KEY}&issuer=${ISSUER}&algorithm=SHA1&digits=6&period=30`;
// Another account's key (base32 of the seed, computed outside the app), which must not end up anywhere.
export const OTHER_SEED = 'another-20-byte-seed';
export const OTHER_KEY = 'MFXG65DIMVZC2MRQFVRHS5DFFVZWKZLE';

export const at = (unixSeconds: number) => unixSeconds * 1000;

/** A screenshot-like PNG: the QR code with a wide white border, as a phone or PC captures the official page. */
export function qrPng(text: string): Promise<Buffer> {
	return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 10, width: 900 });
}

/** A Google Authenticator export, written with the test's own protobuf bytes (tags and lengths counted here). */
export function exportUri(accounts: { seed: string; name: string; issuer: string }[]): string {
	const field = (n: number, value: Buffer) => [(n << 3) | 2, value.length, ...value];
	const bytes = accounts.flatMap((a) => {
		const inner = [
			...field(1, Buffer.from(a.seed)),
			...field(2, Buffer.from(a.name)),
			...field(3, Buffer.from(a.issuer)),
			...[0x20, 1, 0x28, 1, 0x30, 2] // SHA1, six digits, TOTP
		];
		return [0x0a, inner.length, ...inner];
	});
	return `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(bytes).toString('base64'))}`;
}

/** Serve robots.txt with a Date header from the page's (fixed) clock, so the clock check finds nothing wrong. */
export async function serveTrueTime(page: Page) {
	await page.route('**/robots.txt', async (route) => {
		const pageNow = await page.evaluate(() => Date.now());
		await route.fulfill({ status: 200, headers: { date: new Date(pageNow).toUTCString() }, body: '' });
	});
}

/** Counts object URLs the page makes: images must stay in memory, not behind a blob: URL left alive. */
export async function watchObjectUrls(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { objectUrls: number };
		w.objectUrls = 0;
		const create = URL.createObjectURL.bind(URL);
		URL.createObjectURL = (obj: Blob | MediaSource) => {
			w.objectUrls++;
			return create(obj);
		};
	});
}
export const objectUrls = (page: Page) => page.evaluate(() => (window as unknown as { objectUrls: number }).objectUrls);

export async function openCheck(page: Page, seconds: number, path = '/ellenorzes') {
	await serveTrueTime(page);
	await watchObjectUrls(page);
	await page.clock.setFixedTime(at(seconds));
	await page.goto(path);
	// The page's script has started: a click before it would be lost.
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** Paste an image the way the browser does on Ctrl+V: a paste event whose clipboard holds a PNG file. */
export async function pasteImage(page: Page, png: Buffer) {
	await page.evaluate((base64) => {
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const data = new DataTransfer();
		data.items.add(new File([bytes], 'Screenshot.png', { type: 'image/png' }));
		document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, png.toString('base64'));
}

/** Choose a picture of a QR code holding `text` in the reader's file field, as a user picking a screenshot. */
export async function chooseQrPicture(page: Page, text: string, label = 'Kép (képernyőkép vagy fénykép)') {
	await page.getByLabel(label).setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: await qrPng(text) });
}

export const codeRegion = (page: Page) => page.getByRole('region', { name: '2. A kód' });

// A Y4M video (the format Chromium's fake camera plays) showing the official-style QR code, drawn here from the
// modules `qrcode` computes: luma only, grey chroma.
export function qrVideo(text: string): string {
	const width = 640;
	const height = 480;
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const scale = Math.floor(440 / (modules.size + 8));
	const left = Math.floor((width - modules.size * scale) / 2);
	const top = Math.floor((height - modules.size * scale) / 2);
	const luma = Buffer.alloc(width * height, 235);
	for (let y = 0; y < modules.size * scale; y++)
		for (let x = 0; x < modules.size * scale; x++)
			if (modules.get(Math.floor(y / scale), Math.floor(x / scale))) luma[(top + y) * width + left + x] = 16;
	const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
	const file = join(tmpdir(), `keyread-${process.pid}.y4m`);
	writeFileSync(
		file,
		Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame])
	);
	return file;
}

/** Keeps every camera stream the page opens, so the test can see whether its tracks were stopped. */
export async function watchStreams(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { streams: MediaStream[] };
		w.streams = [];
		const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
		navigator.mediaDevices.getUserMedia = async (constraints) => {
			const stream = await original(constraints);
			w.streams.push(stream);
			return stream;
		};
	});
}
export const liveTracks = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { streams: MediaStream[] }).streams
				.flatMap((s) => s.getTracks())
				.filter((t) => t.readyState === 'live').length
	);

// Playwright replaces the whole launchOptions object, so the camera files repeat the Chromium path and flags.
const chromium = [
	process.env.CHROMIUM_PATH,
	'/usr/lib/chromium/chromium',
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser'
].find((p): p is string => !!p && existsSync(p));

/** Launch options with Chromium's fake camera (and the flags of playwright.config.ts). */
export function fakeCamera(extra: string[]) {
	return {
		executablePath: chromium,
		args: [
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
			'--no-sandbox',
			'--use-fake-device-for-media-stream',
			...extra
		]
	};
}
