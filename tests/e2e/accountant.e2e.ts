import { axeViolations, expect, test } from './fixtures';

test.describe('accountant link builder', () => {
	test('mistakes are explained without losing what was typed, then the link is made and copied', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/konyveloknek');

		await page.getByLabel('Telefonszám (nem kötelező)').fill('36');
		await page.getByLabel('E-mail-cím (nem kötelező)').fill('anna@pelda');
		await page.getByRole('button', { name: 'Link elkészítése' }).click();

		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('link')).toHaveText([
			'Írja be a nevét vagy az iroda nevét',
			/csak számjegyek/,
			/formában írja be: nev@pelda\.hu/
		]);
		await summary.getByRole('link', { name: 'Írja be a nevét vagy az iroda nevét' }).click();
		await expect(page.getByLabel('Név vagy irodanév')).toBeFocused();
		await expect(page.getByLabel('Név vagy irodanév')).toHaveAttribute('aria-invalid', 'true');
		// Nothing typed was lost.
		await expect(page.getByLabel('Telefonszám (nem kötelező)')).toHaveValue('36');
		await expect(page.getByLabel('E-mail-cím (nem kötelező)')).toHaveValue('anna@pelda');
		await expect(page.getByRole('textbox', { name: 'Az ügyfélnek küldendő link' })).toHaveCount(0);
		expect(await axeViolations(page)).toEqual([]);

		await page.getByLabel('Név vagy irodanév').fill('Kiss Anna');
		await page.getByLabel('Telefonszám (nem kötelező)').fill('+36 1 234 5678');
		await page.getByLabel('E-mail-cím (nem kötelező)').fill('anna@pelda.hu');
		await page.getByLabel('A kód ellenőrzésénél').check();
		await page.getByRole('button', { name: 'Link elkészítése' }).click();

		const expected = `${baseURL}/ellenorzes?konyvelo=Kiss+Anna&telefon=%2B36+1+234+5678&email=anna%40pelda.hu`;
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.getByRole('textbox', { name: 'Az ügyfélnek küldendő link' })).toHaveValue(expected);
		await expect(page.getByRole('textbox', { name: /Kísérő üzenet/ })).toHaveValue(
			/Kedves Ügyfelünk![\s\S]*Kiss Anna$/
		);

		await page.getByRole('button', { name: 'Link másolása' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'A link a vágólapra került' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('an English link gets an English message; markup in a name stays plain text', async ({ page, baseURL }) => {
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		await page.goto('/konyveloknek');
		const name = '<img src=x onerror=alert(1)> & Társa';
		await page.getByLabel('Név vagy irodanév').fill(name);
		await page.getByLabel('Angolul').check();
		await page.getByRole('button', { name: 'Link elkészítése' }).click();
		const link = page.getByRole('textbox', { name: 'Az ügyfélnek küldendő link' });
		await expect(link).toHaveValue(`${baseURL}/en?konyvelo=${new URLSearchParams({ k: name }).toString().slice(2)}`);
		await expect(page.getByRole('textbox', { name: /Kísérő üzenet/ })).toHaveValue(
			/^Dear client,[\s\S]*<img src=x onerror=alert\(1\)> & Társa$/
		);

		// The client opens the link: the app starts in English and runs nothing from the link.
		await page.goto(await link.inputValue());
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(dialogs).toBe(0);
	});
});
