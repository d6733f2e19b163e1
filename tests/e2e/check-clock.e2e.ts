import { axeViolations, expect, test, waitForServiceWorker } from './fixtures';
import { recordRequests } from './secrets';
import { serveTime } from './support/server-time';
import { at, RFC_KEY, spaced, stepAt, totp } from './support/totp';

// The server's time when the codes are compared: 15 s into a 30-second step, so half a second of measuring never
// crosses a boundary. The page opens half a minute earlier, and the clock is then moved on and held there.
const SERVER_TIME = at(1_111_111_095);
const OPENED = SERVER_TIME - 30_000;

test('this computer 90 s fast and the phone right: the code is the server’s, the phone is right, and the computer is named', async ({
	page
}) => {
	await page.clock.install({ time: OPENED + 90_000 });
	await serveTime(page, -90_000);
	await page.goto('/ellenorzes');
	const codeRegion = page.getByRole('region', { name: '2. A kód' });
	// Said first, above the code.
	const notice = codeRegion.getByRole('status').first();
	await expect(notice).toHaveText(
		'Ennek az eszköznek az órája kb. 90 másodpercet siet. Az alábbi kód ezt már figyelembe veszi.'
	);

	await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY);
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	await page.clock.pauseAt(SERVER_TIME + 90_000);
	const right = totp(stepAt(SERVER_TIME));
	const byThisClock = totp(stepAt(SERVER_TIME + 90_000));
	expect(right).not.toBe(byThisClock);
	await expect(codeRegion.locator('.code')).toHaveText(spaced(right));

	const compare = page.getByRole('region', { name: 'Ellenőrizze a telefonját' });
	await compare.getByLabel('A telefonon látható kód').fill(right);
	await compare.getByRole('button', { name: 'Ellenőrzés', exact: true }).click();
	await expect(compare.getByRole('status')).toContainText('Egyezik. Ez az eszköz jól van beállítva.');
	await expect(compare).not.toContainText('késik');

	await page.clock.resume();
	expect(await axeViolations(page)).toEqual([]);
});

test('in English too: this computer 3 minutes slow is said in minutes, and the page is accessible', async ({
	page
}) => {
	await page.clock.install({ time: OPENED - 180_000 });
	await serveTime(page, 180_000);
	await page.goto('/en/ellenorzes');
	await expect(page.getByRole('region', { name: '2. The code' }).getByRole('status').first()).toHaveText(
		'This device’s clock is about 3 minutes slow. The code below already allows for it.'
	);
	await page.getByLabel('Key', { exact: true }).fill(RFC_KEY);
	await page.getByRole('button', { name: 'Show the code' }).click();
	await page.clock.pauseAt(SERVER_TIME - 180_000);
	await expect(page.locator('.code')).toHaveText(spaced(totp(stepAt(SERVER_TIME))));
	await page.clock.resume();
	expect(await axeViolations(page)).toEqual([]);
});

test('this computer right and the phone 60 s slow: the phone is reported 60 s slow, and nothing is said about the computer', async ({
	page
}) => {
	await page.clock.install({ time: OPENED });
	await serveTime(page, 0);
	await page.goto('/ellenorzes');
	await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY);
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	await page.clock.pauseAt(SERVER_TIME);
	const codeRegion = page.getByRole('region', { name: '2. A kód' });
	await expect(codeRegion.locator('.code')).toHaveText(spaced(totp(stepAt(SERVER_TIME))));
	await expect(codeRegion.locator('.clock-notice')).toBeEmpty();

	const compare = page.getByRole('region', { name: 'Ellenőrizze a telefonját' });
	await compare.getByLabel('A telefonon látható kód').fill(totp(stepAt(SERVER_TIME - 60_000)));
	await compare.getByRole('button', { name: 'Ellenőrzés', exact: true }).click();
	await expect(compare.getByRole('status')).toContainText(
		'A kulcs jó, de az eszköz órája kb. 60 másodperccel késik. Kapcsolja be azon az eszközön az automatikus dátumot és időt'
	);
});

test('a clock a few seconds off is corrected without a word; the header’s whole seconds never make a right clock wrong', async ({
	page
}) => {
	// 8 s fast: under the 15 s worth mentioning, but the code still follows the server.
	await page.clock.install({ time: OPENED + 8_000 });
	await serveTime(page, -8_000);
	await page.goto('/ellenorzes');
	await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY);
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	await page.clock.pauseAt(SERVER_TIME + 8_000 + 10_000);
	const codeRegion = page.getByRole('region', { name: '2. A kód' });
	await expect(codeRegion.locator('.code')).toHaveText(spaced(totp(stepAt(SERVER_TIME + 10_000))));
	await expect(codeRegion.locator('.clock-notice')).toBeEmpty();
	await codeRegion.getByText('Ennek az eszköznek az órája', { exact: true }).click();
	await expect(codeRegion).toContainText('Ennek az eszköznek az órája pontos, vagy csak néhány másodpercet tér el');
});

test('offline: the code follows this device’s clock, and the page says how to check it; the real server’s Date is used with the service worker in charge', async ({
	page,
	context
}) => {
	const sent = recordRequests(context);
	// This device is 3 minutes fast against the real server's Date header.
	await page.clock.install({ time: Date.now() + 180_000 });
	await page.goto('/ellenorzes');
	const codeRegion = page.getByRole('region', { name: '2. A kód' });
	await expect(codeRegion.getByRole('status').first()).toContainText('kb. 3 percet siet');

	await waitForServiceWorker(page);
	await page.reload();
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await expect(codeRegion.getByRole('status').first()).toContainText('kb. 3 percet siet');

	await context.setOffline(true);
	await page.reload();
	const notice = codeRegion.getByRole('status').first();
	await expect(notice).toContainText('Most nincs internetkapcsolat');
	await expect(notice).toContainText('Az alábbi kód ennek az órának az idejét követi');
	await expect(notice).toContainText('Ellenőrizze: ez az óra most');
	await expect(notice).toContainText('automatikus dátum és idő');
	expect(await axeViolations(page)).toEqual([]);

	const heads = (await Promise.all(sent)).filter((r) => new URL(r.url).pathname === '/robots.txt');
	expect(heads.length).toBeGreaterThanOrEqual(2);
	for (const r of heads) {
		expect(new URL(r.url).search).toBe('');
		expect(r.body).toBeNull();
	}
});
