import { createHmac } from 'node:crypto';
import jsQR from 'jsqr';
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations, expect, test, waitForServiceWorker } from './fixtures';
import { expectNoSecretLeft, recordRequests, type Sent } from './secrets';

// RFC 6238 Appendix B: the SHA-1 test key is the ASCII string "12345678901234567890".
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');
// The same 20 bytes in base32 (RFC 4648), typed the way a person might: lower case, spaces and a hyphen.
const RFC_KEY_TYPED = 'gezd gnbv-gy3t qojq gezd gnbv gy3t qojq';
const RFC_KEY = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

/** An independent RFC 4226/6238 TOTP (HMAC-SHA1, 6 digits) for a 30-second counter. */
function totp(counter: number): string {
	const message = Buffer.alloc(8);
	message.writeBigUInt64BE(BigInt(counter));
	const mac = createHmac('sha1', RFC_SECRET).update(message).digest();
	const offset = mac[19]! & 0x0f;
	const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
	return String(binary % 1_000_000).padStart(6, '0');
}

const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
const at = (unixSeconds: number) => unixSeconds * 1000;

/** Serve robots.txt with a Date header read from the page's (fake) clock, so this device's clock looks right. */
async function serveTrueTime(page: Page, skewMs = 0) {
	await page.unroute('**/robots.txt');
	await page.route('**/robots.txt', async (route) => {
		const pageNow = await page.evaluate(() => Date.now());
		await route.fulfill({ status: 200, headers: { date: new Date(pageNow + skewMs).toUTCString() }, body: '' });
	});
}

/** The key leaves no trace, and the clock check is a bare HEAD of a static file: no query, no body. */
async function expectKeyNotLeaked(page: Page, context: BrowserContext, sent: Promise<Sent>[]) {
	await expectNoSecretLeft(page, context, sent, [RFC_KEY]);
	const clockChecks = (await Promise.all(sent)).filter((r) => new URL(r.url).pathname === '/robots.txt');
	for (const r of clockChecks) {
		expect(new URL(r.url).search).toBe('');
		expect(r.body).toBeNull();
	}
}

/** Decode the QR image on the page with jsQR (not the app's code) after drawing it on a canvas in the page. */
async function decodeQr(page: Page, name: string): Promise<string | null> {
	const image = page.getByRole('img', { name });
	await expect(image).toBeVisible();
	const src = await image.getAttribute('src');
	const size = 400;
	const pixels = await page.evaluate(
		async ({ src, size }) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = size;
			canvas.height = size;
			const ctx = canvas.getContext('2d')!;
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, size, size);
			ctx.imageSmoothingEnabled = false;
			ctx.drawImage(img, 0, 0, size, size);
			return Array.from(ctx.getImageData(0, 0, size, size).data);
		},
		{ src: src!, size }
	);
	return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}

test.describe('code check', () => {
	test('own TOTP helper agrees with RFC 6238 Appendix B', () => {
		// The last six digits of the 8-digit vectors.
		expect(totp(Math.floor(59 / 30))).toBe('287082');
		expect(totp(Math.floor(1_111_111_109 / 30))).toBe('081804');
		expect(totp(Math.floor(1_234_567_890 / 30))).toBe('005924');
		expect(totp(Math.floor(2_000_000_000 / 30))).toBe('279037');
	});

	test('the current code, the switch at the boundary, phones compared, a QR for a second device, then forgotten', async ({
		page,
		context
	}) => {
		const sent = recordRequests(context);
		await serveTrueTime(page);
		await page.clock.install({ time: at(1_111_111_080) });
		await page.goto('/ellenorzes');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mutatja-e a telefonja a jó kódot?');
		await expect(page.getByText('Ennek az eszköznek az órája pontos')).toBeVisible();
		await expect(page.getByText('Ha újratölti vagy bezárja az oldalt, a kulcs törlődik.')).toBeVisible();

		const keyField = page.getByLabel('Kulcs', { exact: true });
		await keyField.fill(RFC_KEY_TYPED);
		await keyField.press('Tab');
		await expect(page.getByText('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ').first()).toBeVisible();
		await expect(page.getByText('Ez a kulcs hosszabb a szokásosnál: 32 jelből áll')).toBeVisible();
		await expect(keyField).toHaveValue(RFC_KEY_TYPED);
		await expect(keyField).not.toHaveAttribute('aria-invalid', 'true');
		await page.getByRole('button', { name: 'Kód mutatása' }).click();
		const codeRegion = page.getByRole('region', { name: '2. A most érvényes kód' });
		await expect(page.getByRole('heading', { name: '2. A most érvényes kód' })).toBeFocused();

		// RFC 6238: at 1111111100 s (10 s before the step ends) the code is 081804, and no next code is shown yet.
		await page.clock.pauseAt(at(1_111_111_100));
		await expect(codeRegion).toContainText('081 804');
		await expect(codeRegion).toContainText('Még 10 másodpercig érvényes');
		await expect(codeRegion).not.toContainText('Következő kód');

		// RFC 6238: 1111111109 s, one second before the boundary.
		const next = totp(Math.floor(1_111_111_110 / 30));
		await page.clock.pauseAt(at(1_111_111_109));
		await expect(codeRegion).toContainText('081 804');
		await expect(codeRegion).toContainText('Még 1 másodpercig érvényes');
		await expect(codeRegion.getByText('Következő kód:')).toContainText(spaced(next));

		// Screen readers hear the code only when they ask for it.
		await codeRegion.getByRole('button', { name: 'Kód felolvasása' }).click();
		await expect(codeRegion.locator('[aria-live="polite"]')).toHaveText(
			'A kód: 0 8 1 8 0 4. Még 1 másodpercig érvényes.'
		);

		await page.clock.runFor(999);
		await expect(codeRegion).toContainText('081 804');
		await page.clock.runFor(1);
		await expect(codeRegion).toContainText(spaced(next));
		await expect(codeRegion).not.toContainText('081 804');
		await expect(codeRegion).toContainText('Még 30 másodpercig érvényes');

		// Compare phones at 1111111120 s (step 37037037): on time, 1 step ahead, 2 steps behind, wrong, too short.
		await page.clock.pauseAt(at(1_111_111_120));
		const step = Math.floor(1_111_111_120 / 30);
		const compare = page.getByRole('region', { name: '3. Ellenőrizze a telefonját' });
		const codeField = compare.getByLabel('A telefonon látható kód');
		const nameField = compare.getByLabel('Az eszköz neve (nem kötelező)');
		const checkButton = compare.getByRole('button', { name: 'Ellenőrzés' });
		const result = compare.getByRole('status');

		await codeField.fill(spaced(totp(step)));
		await nameField.fill('Anna telefonja');
		await checkButton.click();
		await expect(result).toContainText('Anna telefonja');
		await expect(result).toContainText('Egyezik. Ez az eszköz jól van beállítva.');

		await codeField.fill(totp(step + 1));
		await nameField.fill('Béla táblagépe');
		await checkButton.click();
		await expect(result).toContainText('Béla táblagépe');
		await expect(result).toContainText('A kulcs jó, de az eszköz órája kb. 30 másodperccel siet.');
		await expect(result).toContainText('automatikus dátumot és időt');

		await codeField.fill(totp(step - 2));
		await nameField.fill('Régi telefon');
		await checkButton.click();
		await expect(result).toContainText('A kulcs jó, de az eszköz órája kb. 60 másodperccel késik.');

		const window = new Set(Array.from({ length: 21 }, (_, i) => totp(step - 10 + i)));
		const wrong = ['000000', '111111', '222222', '333333'].find((c) => !window.has(c))!;
		await codeField.fill(wrong);
		await nameField.fill('');
		await checkButton.click();
		await expect(result).toContainText('4. eszköz');
		await expect(result).toContainText('A kód nem egyezik.');
		await expect(result.getByRole('listitem')).toHaveCount(4);
		await expect(result.getByRole('listitem').nth(0)).toContainText('A kulcsot azon az eszközön');
		await expect(result.getByRole('listitem').nth(1)).toContainText('A jó sort');
		await expect(result.getByRole('listitem').nth(2)).toContainText('A legújabb kulcsot');
		await expect(result.getByRole('link', { name: /nem fogadják el a kódot/ })).toHaveAttribute(
			'href',
			'/gyik#nem-jo-a-kod'
		);

		await codeField.fill('12345');
		await checkButton.click();
		await expect(compare.getByRole('alert')).toHaveText('Írja be a telefonon látható kódot: 6 számjegyet.');
		await expect(codeField).toHaveAttribute('aria-invalid', 'true');
		await expect(codeField).toBeFocused();

		const devices = compare.getByRole('list').last();
		await expect(devices.getByRole('listitem')).toHaveText([
			'Anna telefonja: jól van beállítva',
			'Béla táblagépe: a kulcs jó, de az órája kb. 30 másodperccel siet',
			'Régi telefon: a kulcs jó, de az órája kb. 60 másodperccel késik',
			'4. eszköz: a kód nem egyezett'
		]);

		// A second device: the QR code must carry exactly the Key URI Format for this key and username.
		await page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)').fill('minta123');
		await expect(page.getByText('minta123@ugyfelkapu.gov.hu').first()).toBeVisible();
		const add = page.getByRole('region', { name: 'A kulcs felvétele egy másik eszközre' });
		await expect(add).toContainText('Időalapú');
		await expect(add).toContainText('30 másodperc');
		await expect(add.getByText('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ')).toBeVisible();
		const show = add.getByRole('button', { name: 'QR-kód megjelenítése' });
		await expect(show).toHaveAttribute('aria-expanded', 'false');
		await show.click();
		await expect(add.getByRole('button', { name: 'QR-kód elrejtése' })).toHaveAttribute('aria-expanded', 'true');
		// "Ügyfélkapu+" percent-encoded as UTF-8 by hand: Ü = C3 9C, é = C3 A9, + = 2B; '@' in the label = 40.
		const issuer = '%C3%9Cgyf%C3%A9lkapu%2B';
		const expectedUri =
			`otpauth://totp/${issuer}:minta123%40ugyfelkapu.gov.hu` +
			`?secret=${RFC_KEY}&issuer=${issuer}&algorithm=SHA1&digits=6&period=30`;
		expect(
			await decodeQr(page, 'QR-kód az Ügyfélkapu+ kulcsával. Olvassa be az új eszköz hitelesítő alkalmazásával.')
		).toBe(expectedUri);

		// axe waits on timers, so let the page's time flow again.
		await page.clock.resume();
		expect(await axeViolations(page)).toEqual([]);
		await expectKeyNotLeaked(page, context, sent);

		// Forgetting clears the key (the one meaning of "forget": the secrets), and says so; the username is not a
		// secret and stays, as it does everywhere else.
		await page.getByRole('button', { name: 'Kulcs elfelejtése' }).click();
		await expect(page.getByText('A kulcsot elfelejtettük')).toBeVisible();
		await expect(keyField).toHaveValue('');
		await expect(keyField).toBeFocused();
		await expect(page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)')).toHaveValue('minta123');
		await expect(codeRegion).toContainText('Írja be fent a kulcsot');
		await expect(page.getByRole('region', { name: '3. Ellenőrizze a telefonját' })).toHaveCount(0);
		await expect(page.getByRole('img', { name: /QR/ })).toHaveCount(0);
	});

	test('other RFC instants show their codes', async ({ page }) => {
		await serveTrueTime(page);
		await page.clock.install({ time: at(50) });
		await page.goto('/ellenorzes');
		// Typing before the page is interactive would be lost; the ticking local time shows it is.
		await expect(page.getByText('Az idő ezen az eszközön:')).toBeVisible();
		await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY);
		const codeRegion = page.getByRole('region', { name: '2. A most érvényes kód' });
		for (const [seconds, code] of [
			[59, '287082'],
			[1_234_567_890, '005924'],
			[2_000_000_000, '279037']
		] as const) {
			await page.clock.pauseAt(at(seconds));
			await expect(codeRegion).toContainText(spaced(code));
		}
	});

	test('typing mistakes in the key get their own messages and the text is never cleared (English)', async ({
		page
	}) => {
		await serveTrueTime(page);
		await page.goto('/en/ellenorzes');
		await expect(page.getByText('Time on this device:')).toBeVisible();
		const key = page.getByLabel('Key', { exact: true });

		// Nothing to complain about until the user asks or leaves the field.
		await page.getByRole('button', { name: 'Show the code' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('link', { name: 'Type the key.' })).toHaveAttribute('href', '#key-input');
		await expect(key).toHaveAttribute('aria-invalid', 'true');

		await key.fill('GEZD 0GNB 18 9');
		await expect(key).toHaveAttribute('aria-invalid', 'true');
		await key.press('Tab');
		const field = page.locator('#key-error');
		await expect(field).toContainText('These characters cannot be in it: “0”, “1”, “8”, and “9”.');
		await expect(field).toContainText('Instead of “0” you probably need the letter “O”.');
		await expect(field).toContainText('Instead of “1” you probably need the letter “I” or “L”.');
		await expect(field).toContainText('Instead of “8” you probably need the letter “B”.');
		await expect(field).toContainText('Instead of “9” you probably need the letter “G”.');
		await expect(key).toHaveValue('GEZD 0GNB 18 9');
		await expect(key).toHaveAttribute('aria-describedby', 'key-hint key-error');
		expect(await axeViolations(page)).toEqual([]);

		await key.fill('gezd gnbv');
		await expect(field).toContainText('The key is too short: it has 8 characters, but it needs at least 16.');
		await key.fill('GEZDGNBVGY3TQOJQG');
		await expect(field).toContainText('This key cannot be complete');
		await key.fill('Ő' + 'GEZDGNBVGY3TQOJQ');
		await expect(field).toContainText('Instead of “Ő” you probably need the letter “O”.');
		await expect(key).toHaveValue('ŐGEZDGNBVGY3TQOJQ');

		// Fixing it removes the message at once; a standard 16-character key gives no notice.
		await key.fill('gezdgnbvgy3tqojq');
		await expect(field).toBeEmpty();
		await expect(key).toHaveAttribute('aria-invalid', 'false');
		await expect(page.getByText('GEZD GNBV GY3T QOJQ', { exact: true }).first()).toBeVisible();
		await expect(page.getByText('longer than usual')).toHaveCount(0);

		// Editing a good key does not shout while typing; leaving the field does.
		await key.fill('gezdgnbvgy3t');
		await expect(field).toBeEmpty();
		await key.press('Tab');
		await expect(field).toContainText('The key is too short: it has 12 characters');
	});

	test("this device's clock: a wrong clock is reported, also with the service worker in charge, and offline it says a connection is needed", async ({
		page,
		context
	}) => {
		const sent = recordRequests(context);
		// This device is 3 minutes fast against the real server's Date header.
		await page.clock.install({ time: Date.now() + 180_000 });
		await page.goto('/ellenorzes');
		const clock = page.getByRole('region', { name: 'Ennek az eszköznek az órája' });
		await expect(clock.getByRole('status')).toContainText('Ennek az eszköznek az órája siet, az eltérés kb. 3 perc.');
		await expect(clock.getByRole('status')).toContainText('az itt látható kód is hibás');
		await expect(clock).toContainText('Az idő ezen az eszközön:');

		await waitForServiceWorker(page);
		await page.reload();
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		await expect(clock.getByRole('status')).toContainText('az eltérés kb. 3 perc.');

		await context.setOffline(true);
		await expect(clock.getByRole('status')).toContainText('Az óra ellenőrzéséhez internetkapcsolat kell.');
		await clock.getByRole('button', { name: 'Óra ellenőrzése újra' }).click();
		await expect(clock.getByRole('status')).toContainText('automatikus dátum és idő');

		const heads = (await Promise.all(sent)).filter((r) => new URL(r.url).pathname === '/robots.txt');
		expect(heads.length).toBeGreaterThanOrEqual(2);
		for (const r of heads) {
			expect(new URL(r.url).search).toBe('');
			expect(r.body).toBeNull();
		}
	});
});
