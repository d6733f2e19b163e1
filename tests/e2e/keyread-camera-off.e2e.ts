import { axeViolations, expect, test } from './fixtures';
import { fakeCamera, liveTracks, openCheck, watchStreams } from './keyread-helpers';

// Chromium's own fake camera: a moving test pattern, no QR code. No fake prompt: the permission is what the
// context grants (Playwright refuses anything not granted).
test.use({ launchOptions: fakeCamera([]) });

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
