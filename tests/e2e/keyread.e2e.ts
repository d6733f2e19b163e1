import { axeViolations, en, expect, test, waitForServiceWorker } from './fixtures';
import {
	chooseQrPicture,
	codeRegion,
	exportUri,
	objectUrls,
	OFFICIAL,
	openCheck,
	OTHER_KEY,
	OTHER_SEED,
	pasteImage,
	qrPng,
	RFC_KEY
} from './keyread-helpers';
import { expectNoSecretLeft, recordRequests } from './secrets';

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

		// Focus moves to the result, so screen readers and keyboard users land on it.
		await expect(page.locator(':focus')).toContainText('A kulcs beolvasva, és bekerült a mezőbe.');
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
		await expect(page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)')).toHaveValue('minta123');
		await expect(page.getByText('A felhasználónév is bekerült: minta123')).toBeVisible();
		await expect(page.getByText('Most törölje a képernyőképet vagy a fényképet a kulcsról')).toBeVisible();
		await expect(page.getByText('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ').first()).toBeVisible();
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

	test('pasted text (a copied otpauth link) is read too, with no screenshot to delete', async ({ page }) => {
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		await page.evaluate((text) => {
			const data = new DataTransfer();
			data.setData('text/plain', text);
			document.body.dispatchEvent(
				new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
			);
		}, OFFICIAL);
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
		await expect(page.getByText('A kulcs beolvasva, és bekerült a mezőbe.')).toBeVisible();
		await expect(page.getByText('Most törölje a képernyőképet')).toHaveCount(0);
	});

	test('where the browser has a BarcodeDetector it is used, and the fallback decoder is not downloaded', async ({
		page
	}) => {
		// A stand-in for the platform detector (Chromium on Linux has none): it reports the official QR text for any
		// picture, so this checks the wiring, not the platform's decoding.
		await page.addInitScript((text) => {
			class FakeDetector {
				static async getSupportedFormats() {
					return ['qr_code'];
				}
				async detect() {
					return [{ rawValue: text }];
				}
			}
			(window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = FakeDetector;
		}, OFFICIAL);
		const scripts: Promise<string>[] = [];
		page.on('response', (r) => {
			if (r.url().endsWith('.js')) scripts.push(r.text().catch(() => ''));
		});
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		await chooseQrPicture(page, 'https://example.com/');
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
		// The fallback decoder's own error text marks its chunk.
		expect((await Promise.all(scripts)).some((js) => js.includes('invalid opts.effort'))).toBe(false);
	});

	test('a large, tilted, blurred, noisy phone photo of the code on paper is read', async ({ page }) => {
		// Drawing the photo in the page is slow on a busy machine.
		test.setTimeout(180_000);
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		// An 8-megapixel "photo" drawn in the page from the test's PNG: grey paper, the code tilted by 14°,
		// slightly blurred and shaded, with sensor noise — then JPEG-compressed like a camera does.
		const photo = await page.evaluate(
			async (base64) => {
				const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
				const code = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const canvas = new OffscreenCanvas(3200, 2400);
				const ctx = canvas.getContext('2d')!;
				const paper = ctx.createLinearGradient(0, 0, 3200, 2400);
				paper.addColorStop(0, '#d8d4cc');
				paper.addColorStop(1, '#8f8a80');
				ctx.fillStyle = paper;
				ctx.fillRect(0, 0, 3200, 2400);
				ctx.translate(1680, 1120);
				ctx.rotate((14 * Math.PI) / 180);
				ctx.filter = 'blur(2px) contrast(0.7)';
				ctx.drawImage(code, -560, -560, 1120, 1120);
				ctx.resetTransform();
				ctx.filter = 'none';
				// Sensor noise: a tile of random grey pixels laid over the whole photo (per-pixel work on 12 MP is slow).
				const tile = new ImageData(509, 509);
				let seed = 7;
				for (let i = 0; i < tile.data.length; i += 4) {
					seed = (seed * 1103515245 + 12345) & 0x7fffffff;
					tile.data.fill(seed & 0xff, i, i + 3);
					tile.data[i + 3] = 70;
				}
				const noise = new OffscreenCanvas(509, 509);
				noise.getContext('2d')!.putImageData(tile, 0, 0);
				ctx.fillStyle = ctx.createPattern(noise, 'repeat')!;
				ctx.fillRect(0, 0, 3200, 2400);
				const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
				return Array.from(new Uint8Array(await blob.arrayBuffer()));
			},
			(await qrPng(OFFICIAL)).toString('base64')
		);
		await page
			.getByLabel('Kép (képernyőkép vagy fénykép)')
			.setInputFiles({ name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo) });
		// A cheap phone may take a few seconds for a large photo.
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY, { timeout: 20_000 });
		await expect(codeRegion(page)).toContainText('287 082');
	});

	test('a QR code with other settings than Ügyfélkapu+ uses is read, with a warning for each', async ({ page }) => {
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		const other = `otpauth://totp/Bank:anna?secret=${RFC_KEY.toLowerCase()}%3D%3D&algorithm=SHA256&digits=8&period=60`;
		await page
			.getByLabel('Kép (képernyőkép vagy fénykép)')
			.setInputFiles({ name: 'bank.png', mimeType: 'image/png', buffer: await qrPng(other) });
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
		await expect(page.getByText('ez a QR-kód SHA256 eljárást kér')).toBeVisible();
		await expect(page.getByText('ez a QR-kód 8 számjegyű kódot kér')).toBeVisible();
		await expect(page.getByText('ez a QR-kód 60 másodpercenként váltja a kódot')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test("another service's QR code does not silently replace a key already entered, nor give its username", async ({
		page
	}) => {
		await openCheck(page, 59);
		const key = page.getByLabel('Kulcs', { exact: true });
		await key.fill(RFC_KEY);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		const github = await qrPng(`otpauth://totp/GitHub:alice?secret=${OTHER_KEY}&issuer=GitHub`);
		const choose = () =>
			page
				.getByLabel('Kép (képernyőkép vagy fénykép)')
				.setInputFiles({ name: 'github.png', mimeType: 'image/png', buffer: github });

		await choose();
		// The user is asked, with the reason; focus moves to the question.
		await expect(page.locator(':focus')).toContainText('Lehet, hogy ez nem az Ügyfélkapu+ QR-kódja.');
		await expect(page.getByText('Figyelem: ez a QR-kód ehhez tartozik: „GitHub”.')).toBeVisible();
		await expect(key).toHaveValue(RFC_KEY);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Megtartom a beírt kulcsot' }).click();
		// The pressed button is gone: focus lands on what happened.
		await expect(page.getByText('A mezőben lévő kulcs nem változott.')).toBeFocused();
		await expect(page.getByText('Most törölje a képernyőképet vagy a fényképet a kulcsról')).toBeVisible();
		await expect(key).toHaveValue(RFC_KEY);
		await expect(codeRegion(page)).toContainText('287 082');

		// Used anyway: the key changes, but "alice" is no Ügyfélkapu username.
		await choose();
		await page.getByRole('button', { name: 'Mégis ezt a kulcsot használom' }).click();
		await expect(key).toHaveValue(OTHER_KEY);
		await expect(page.getByText('Figyelem: ez a QR-kód ehhez tartozik: „GitHub”.')).toBeVisible();
		await expect(page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)')).toHaveValue('');
		await expect(page.getByText('A felhasználónév is bekerült')).toHaveCount(0);
	});

	test('a username already typed is kept, and the reader does not claim it filled one in', async ({ page }) => {
		await openCheck(page, 59, '/beallitas/5');
		const username = page.getByLabel('Az ügyfélkapus felhasználóneve (nem kötelező)');
		await username.fill('kovacsjanos');
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		await chooseQrPicture(page, OFFICIAL);
		await expect(page.getByRole('textbox', { name: /^Kulcs/ })).toHaveValue(RFC_KEY);
		await expect(page.getByText('A kulcs beolvasva, és bekerült a mezőbe.')).toBeVisible();
		await expect(username).toHaveValue('kovacsjanos');
		await expect(page.getByText('A felhasználónév is bekerült')).toHaveCount(0);
	});

	test('a picture of a code without a key is not called a picture of the key', async ({ page }) => {
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		await chooseQrPicture(page, 'otpauth://totp/Test?issuer=X');
		await expect(page.getByText('nincs benne kulcs')).toBeVisible();
		await expect(page.getByText('Most törölje a képernyőképet')).toHaveCount(0);
	});

	test('a refused clipboard suggests Ctrl+V only where there is a keyboard', async ({ browser }) => {
		for (const [device, said, notSaid] of [
			[{}, 'Nyomja meg a Ctrl+V billentyűket', 'Galériában'],
			[
				{ isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 } },
				'Galériában',
				'Nyomja meg a Ctrl+V billentyűket'
			]
		] as const) {
			const context = await browser.newContext(device);
			const page = await context.newPage();
			// The browser refuses, as it does without the user's permission.
			await page.addInitScript(() => {
				Object.defineProperty(navigator.clipboard, 'read', {
					value: () => Promise.reject(new DOMException('Read permission denied.', 'NotAllowedError'))
				});
			});
			await page.goto('/ellenorzes');
			// Clicked before the page's script runs, the toggle would do nothing.
			await page.locator('html[data-ready]').waitFor({ state: 'attached' });
			await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
			await page.getByRole('button', { name: 'Beillesztés' }).click();
			await expect(page.getByText('A böngésző nem engedte beolvasni a vágólapot.')).toContainText(said);
			await expect(page.getByText(notSaid)).toHaveCount(0);
			await context.close();
		}
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
		// A web address is no secret: no advice to delete the picture.
		await expect(page.getByText(/^Most törölje a képernyőképet/)).toHaveCount(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a picture of an authenticator code the helper cannot use still says to delete the picture', async ({
		page
	}) => {
		await openCheck(page, 59);
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		// A counter-based (HOTP) code of another service: refused, but the picture holds that service's secret.
		await chooseQrPicture(page, `otpauth://hotp/Bank:anna?secret=${OTHER_KEY}&counter=3`);
		await expect(page.getByText('Ez a QR-kód számlálóalapú kódokhoz szól.', { exact: false })).toBeVisible();
		await expect(page.getByText(/^Most törölje a képernyőképet vagy a fényképet/)).toBeVisible();
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue('');
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

	test('after one visit it reads offline: the reading code is precached', async ({ page, context }) => {
		await openCheck(page, 59);
		await waitForServiceWorker(page);
		await context.setOffline(true);
		// A fresh load from the service worker's cache, so nothing of the reader can have been fetched before.
		await page.reload();
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		await chooseQrPicture(page, OFFICIAL);
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
		await expect(codeRegion(page)).toContainText('287 082');
	});

	test('the reader in English', async ({ page }) => {
		await openCheck(page, 59, en('/ellenorzes'));
		await page.getByRole('button', { name: 'Read the QR code instead' }).click();
		await expect(page.getByRole('heading', { name: 'Scan with the camera' })).toBeVisible();
		await chooseQrPicture(page, OFFICIAL, 'Picture (screenshot or photo)');
		await expect(page.getByText('The key has been read and filled in.')).toBeVisible();
		await expect(page.getByText('Now delete the screenshot or photo of the key')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('checking the safety sheet', () => {
	// A sharp print: three device pixels per CSS pixel, as a phone photo or a scan would be.
	test.use({ deviceScaleFactor: 3 });

	test('the printed sheet, as a picture, reads back to the same key and the same code', async ({ page }) => {
		await openCheck(page, 59, '/biztonsagi-lap');
		await page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)').fill('minta123');
		await page.getByLabel('Kulcs (nem kötelező)').fill('gezd gnbv gy3t qojq gezd gnbv gy3t qojq');
		await expect(page.getByRole('img', { name: /QR-kód/ })).toBeVisible();
		// The whole A4 page as printed, as one picture (what a photo or scan of the paper gives).
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 794, height: 1123 });
		const printed = await page.screenshot({ fullPage: true });
		await page.emulateMedia({ media: 'screen' });

		// A fresh page: the key typed on the sheet page is gone from memory.
		await page.goto('/ellenorzes');
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue('');
		await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
		await page
			.getByLabel('Kép (képernyőkép vagy fénykép)')
			.setInputFiles({ name: 'lap.png', mimeType: 'image/png', buffer: printed });
		await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
		await expect(page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)')).toHaveValue('minta123');
		await expect(codeRegion(page)).toContainText('287 082');
	});
});
