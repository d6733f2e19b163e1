import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { Page } from '@playwright/test';
import { axeViolations, en, expect, test } from './fixtures';
import { expectNoSecretLeft, recordRequests } from './secrets';

// The QR images are made here with `qrcode` in Node, an encoder independent of the app's decoder (`qr`).

// RFC 6238 Appendix B: the SHA-1 key "12345678901234567890", in base32 (RFC 4648) written out by hand.
const RFC_KEY = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const ISSUER = '%C3%9Cgyf%C3%A9lkapu%2B';
const OFFICIAL = `otpauth://totp/${ISSUER}:minta123%40ugyfelkapu.gov.hu?secret=${RFC_KEY}&issuer=${ISSUER}&algorithm=SHA1&digits=6&period=30`;
// Another account's key (base32 of the seed, computed outside the app), which must not end up anywhere.
const OTHER_SEED = 'another-20-byte-seed';
const OTHER_KEY = 'MFXG65DIMVZC2MRQFVRHS5DFFVZWKZLE';

const at = (unixSeconds: number) => unixSeconds * 1000;

/** A screenshot-like PNG: the QR code with a wide white border, as a phone or PC captures the official page. */
function qrPng(text: string): Promise<Buffer> {
	return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 10, width: 900 });
}

/** A Google Authenticator export, written with the test's own protobuf bytes (tags and lengths counted here). */
function exportUri(accounts: { seed: string; name: string; issuer: string }[]): string {
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
async function serveTrueTime(page: Page) {
	await page.route('**/robots.txt', async (route) => {
		const pageNow = await page.evaluate(() => Date.now());
		await route.fulfill({ status: 200, headers: { date: new Date(pageNow).toUTCString() }, body: '' });
	});
}

/** Counts object URLs the page makes: images must stay in memory, not behind a blob: URL left alive. */
async function watchObjectUrls(page: Page) {
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
const objectUrls = (page: Page) => page.evaluate(() => (window as unknown as { objectUrls: number }).objectUrls);

async function openCheck(page: Page, seconds: number, path = '/ellenorzes') {
	await serveTrueTime(page);
	await watchObjectUrls(page);
	await page.clock.setFixedTime(at(seconds));
	await page.goto(path);
}

/** Paste an image the way the browser does on Ctrl+V: a paste event whose clipboard holds a PNG file. */
async function pasteImage(page: Page, png: Buffer) {
	await page.evaluate((base64) => {
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const data = new DataTransfer();
		data.items.add(new File([bytes], 'Screenshot.png', { type: 'image/png' }));
		document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, png.toString('base64'));
}

const codeRegion = (page: Page) => page.getByRole('region', { name: '2. A most érvényes kód' });

test.describe('reading the key from a QR code', () => {
	test('a screenshot chosen as a file fills the key and the username and shows the RFC code', async ({
		page,
		context
	}) => {
		const sent = recordRequests(context);
		await openCheck(page, 59);
		const toggle = page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		expect(await axeViolations(page)).toEqual([]);

		await page
			.getByLabel('Kép (képernyőkép vagy fénykép)')
			.setInputFiles({ name: 'Screenshot_20250110.png', mimeType: 'image/png', buffer: await qrPng(OFFICIAL) });

		await expect(page.getByText('A kulcs beolvasva, és bekerült a mezőbe.')).toBeFocused();
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
		await expect(page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)')).toHaveValue('minta123');
		await expect(page.getByText('A felhasználónév is bekerült: minta123')).toBeVisible();
		await expect(page.getByText('Most törölje a képernyőképet vagy a fényképet a kulcsról')).toBeVisible();
		await expect(page.getByText('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ')).toBeVisible();
		// RFC 6238 Appendix B: at 59 s the SHA-1 code ends in 287082.
		await expect(codeRegion(page)).toContainText('287 082');
		expect(await axeViolations(page)).toEqual([]);

		expect(await objectUrls(page)).toBe(0);
		await expectNoSecretLeft(page, context, sent, [RFC_KEY]);
	});

	test('a pasted screenshot (Ctrl+V) fills the key and shows the RFC code', async ({ page, context }) => {
		const sent = recordRequests(context);
		await openCheck(page, 1_111_111_109);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		await expect(page.getByText('nyomja meg itt a Ctrl+V billentyűket')).toBeVisible();

		await pasteImage(page, await qrPng(OFFICIAL));

		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
		await expect(page.getByText('Most törölje a képernyőképet vagy a fényképet a kulcsról')).toBeVisible();
		// RFC 6238 Appendix B: at 1111111109 s the code ends in 081804.
		await expect(codeRegion(page)).toContainText('081 804');
		expect(await objectUrls(page)).toBe(0);
		await expectNoSecretLeft(page, context, sent, [RFC_KEY]);
	});

	test('a paste while the reader is closed is left alone', async ({ page }) => {
		await openCheck(page, 59);
		await pasteImage(page, await qrPng(OFFICIAL));
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue('');
		await expect(codeRegion(page)).not.toContainText('287 082');
	});

	test('an export with two accounts offers both and uses the Ügyfélkapu+ one', async ({ page, context }) => {
		const sent = recordRequests(context);
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		const uri = exportUri([
			{ seed: OTHER_SEED, name: 'anna@example.com', issuer: 'Példa Bank' },
			{ seed: '12345678901234567890', name: 'minta123@ugyfelkapu.gov.hu', issuer: 'Ügyfélkapu+' }
		]);
		await page
			.getByLabel('Kép (képernyőkép vagy fénykép)')
			.setInputFiles({ name: 'export.png', mimeType: 'image/png', buffer: await qrPng(uri) });

		const group = page.getByRole('group', { name: 'Az exportban több fiók van. Melyik az Ügyfélkapu+ fiókja?' });
		await expect(group.getByRole('radio')).toHaveCount(2);
		await expect(group.getByRole('radio', { name: 'anna@example.com (Példa Bank)' })).not.toBeChecked();
		await expect(group.getByRole('radio', { name: 'minta123@ugyfelkapu.gov.hu (Ügyfélkapu+)' })).toBeChecked();
		// Nothing is filled in before the user confirms.
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue('');
		expect(await axeViolations(page)).toEqual([]);

		await page.getByRole('button', { name: 'Ezt a fiókot használom' }).click();
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
		await expect(page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)')).toHaveValue('minta123');
		await expect(codeRegion(page)).toContainText('287 082');
		await expectNoSecretLeft(page, context, sent, [RFC_KEY, OTHER_KEY]);
	});

	test('a web address gives the "no key" message, shows the address as text and keeps the typed key', async ({
		page
	}) => {
		await openCheck(page, 59);
		const keyField = page.getByLabel('Kulcs', { exact: true });
		await keyField.fill('gezd gnbv gy3t qojq');
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		const url = 'https://example.com/nyeremeny?id=42';
		await page
			.getByLabel('Kép (képernyőkép vagy fénykép)')
			.setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: await qrPng(url) });

		await expect(page.getByText('Ez a QR-kód nem hitelesítő kulcsot tartalmaz.')).toBeVisible();
		await expect(page.getByText('Egy webcímet tartalmaz (a segéd nem nyitja meg):')).toBeVisible();
		await expect(page.getByText(url, { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: url })).toHaveCount(0);
		await expect(keyField).toHaveValue('gezd gnbv gy3t qojq');
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a picture without a QR code and a file that is not a picture get their own messages', async ({ page }) => {
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		const blank = await page.evaluate(async () => {
			const canvas = new OffscreenCanvas(300, 200);
			const ctx = canvas.getContext('2d')!;
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, 300, 200);
			const blob = await canvas.convertToBlob({ type: 'image/png' });
			return Array.from(new Uint8Array(await blob.arrayBuffer()));
		});
		const input = page.getByLabel('Kép (képernyőkép vagy fénykép)');
		await input.setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: Buffer.from(blank) });
		await expect(page.getByText('Ezen a képen a segéd nem talált QR-kódot.')).toBeVisible();
		await input.setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
		await expect(page.getByText('Ez a fájl nem kép, vagy a böngésző nem tudja megnyitni.')).toBeVisible();
	});

	test('the reader in English', async ({ page }) => {
		await openCheck(page, 59, en('/ellenorzes'));
		await page.getByRole('button', { name: 'Read the QR code instead' }).click();
		await expect(page.getByRole('heading', { name: 'Scan with the camera' })).toBeVisible();
		await page
			.getByLabel('Picture (screenshot or photo)')
			.setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: await qrPng(OFFICIAL) });
		await expect(page.getByText('The key has been read and filled in.')).toBeVisible();
		await expect(page.getByText('Now delete the screenshot or photo of the key')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});

// A Y4M video (the format Chromium's fake camera plays) showing the official-style QR code, drawn here from the
// modules `qrcode` computes: luma only, grey chroma.
function qrVideo(text: string): string {
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
async function watchStreams(page: Page) {
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
const liveTracks = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { streams: MediaStream[] }).streams
				.flatMap((s) => s.getTracks())
				.filter((t) => t.readyState === 'live').length
	);

test.describe('the camera reads the official QR code', () => {
	const video = qrVideo(OFFICIAL);
	test.use({
		launchOptions: {
			args: [
				'--no-sandbox',
				'--use-fake-device-for-media-stream',
				'--use-fake-ui-for-media-stream',
				`--use-file-for-fake-video-capture=${video}`
			]
		}
	});

	test('after the explanation, scanning fills the key, shows the code and turns the camera off', async ({
		page,
		context
	}) => {
		const sent = recordRequests(context);
		await watchStreams(page);
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		await page.getByRole('button', { name: 'Kamera használata' }).click();
		// The permission is explained before the browser asks for it.
		await expect(page.getByText('A böngésző megkérdezi, használhatja-e a segéd a kamerát')).toBeVisible();
		expect(await liveTracks(page)).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Bekapcsolom a kamerát' }).click();

		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
		await expect(page.getByText('A kulcs beolvasva, és bekerült a mezőbe.')).toBeVisible();
		// From the camera there is no screenshot file to delete.
		await expect(page.getByText('Most törölje a képernyőképet')).toHaveCount(0);
		await expect(codeRegion(page)).toContainText('287 082');
		expect(await page.evaluate(() => (window as unknown as { streams: MediaStream[] }).streams.length)).toBe(1);
		expect(await liveTracks(page)).toBe(0);
		await expectNoSecretLeft(page, context, sent, [RFC_KEY]);
	});
});

test.describe('the camera without a code in view', () => {
	// Chromium's own fake camera: a moving test pattern, no QR code. No fake permission UI, so the page is asked.
	test.use({ launchOptions: { args: ['--no-sandbox', '--use-fake-device-for-media-stream'] } });

	test('"stop" turns the camera off and returns to typing; leaving the page turns it off too', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['camera']);
		await watchStreams(page);
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		await page.getByRole('button', { name: 'Kamera használata' }).click();
		await page.getByRole('button', { name: 'Bekapcsolom a kamerát' }).click();
		await expect(page.getByText('Tartsa a QR-kódot a kamera elé')).toBeVisible();
		await expect.poll(() => liveTracks(page)).toBe(1);
		expect(await axeViolations(page)).toEqual([]);

		await page.getByRole('button', { name: 'Leállítás – inkább begépelem' }).click();
		expect(await liveTracks(page)).toBe(0);
		await expect(page.getByRole('button', { name: 'Kamera használata' })).toBeFocused();

		// Again, then leave the page through the menu (a client-side navigation destroys the reader).
		await page.getByRole('button', { name: 'Kamera használata' }).click();
		await page.getByRole('button', { name: 'Bekapcsolom a kamerát' }).click();
		await expect.poll(() => liveTracks(page)).toBe(1);
		await page.getByRole('navigation').getByRole('link', { name: 'Kérdések' }).click();
		await expect(page).toHaveURL(/\/gyik$/);
		await expect.poll(() => liveTracks(page)).toBe(0);
	});

	test('a refused camera gets its own message and the other ways stay', async ({ page }) => {
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		await page.getByRole('button', { name: 'Kamera használata' }).click();
		await page.getByRole('button', { name: 'Bekapcsolom a kamerát' }).click();
		await expect(page.getByText('A segéd nem kapott engedélyt a kamera használatára.')).toBeVisible();
		await expect(page.getByLabel('Kép (képernyőkép vagy fénykép)')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});
