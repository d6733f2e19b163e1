import { axeViolations, expect, test } from './fixtures';
import { stepReady } from './wizard-helpers';

test.describe('privacy', () => {
	test('"Delete my data" asks first, then removes the saved progress from the device', async ({ page }) => {
		await page.goto('/beallitas/1');
		await stepReady(page);
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
		// The second click belongs to step 2: wait until it is on screen.
		await expect(page.getByText('2. lépés a 9-ből', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
		await expect(page).toHaveURL(/\/beallitas\/3$/);
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Itt tart most' })).toBeVisible();

		await page.goto('/adatvedelem');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adatvédelem és az adatok törlése');
		const never = page.getByRole('list').filter({ hasText: 'A törlőkódot.' });
		await expect(never).toContainText('A kulcsot');
		await expect(never).toContainText('A jelszavát');
		// Everything the helper keeps is listed, also what only the browser tab keeps for the Back button.
		const stored = page.getByRole('list').filter({ hasText: 'A választott nyelvet.' });
		await expect(stored.getByRole('listitem')).toHaveCount(6);
		await expect(stored).toContainText('a kód ellenőrzésénél beírt eszköznevet és a kérdések közötti keresést');

		await page.getByRole('button', { name: 'Adataim törlése' }).click();
		await expect(page.getByRole('group', { name: 'Biztosan törli az adatait?' })).toBeFocused();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Mégsem' }).click();
		await expect(page.getByRole('button', { name: 'Adataim törlése' })).toBeFocused();

		await page.getByRole('button', { name: 'Adataim törlése' }).click();
		await page.getByRole('button', { name: 'Igen, törlöm' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'töröltük az adatait' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Adataim törlése' })).toBeFocused();

		// In-app navigation and a fresh load both show no saved progress.
		await page.getByRole('link', { name: 'Ügyfélkapu+ Segéd – kezdőlap' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ügyfélkapu+ beállítása lépésről lépésre');
		await expect(page.getByRole('heading', { name: 'Itt tart most' })).toHaveCount(0);
		await page.reload();
		await expect(page.getByRole('link', { name: 'Kezdjük' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Itt tart most' })).toHaveCount(0);
	});

	test('the English privacy page explains what is and is not stored', async ({ page }) => {
		await page.goto('/en/adatvedelem');
		await expect(page.getByRole('heading', { name: 'What is never saved' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Delete my data' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});
