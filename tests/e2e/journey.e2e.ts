import { expect, test } from './fixtures';
import { expectNoSecretLeft, recordRequests } from './secrets';
import { serveTime } from './support/server-time';
import { stepReady } from './wizard-helpers';

// RFC 6238 Appendix B: key = ASCII "12345678901234567890" (base32 below); at T = 1234567890 s the
// 8-digit SHA-1 code is 89005924, so the 6-digit code is 005924 for the whole 30-second step from 1234567890.
const KEY_TYPED = 'gezd gnbv gy3t qojq gezd gnbv gy3t qojq';
const KEY_GROUPED = 'GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ';
const CODE = '005924';
const REMOVAL_CODE = 'Q4TZ-88KD-1MXA';

test('from the accountant’s link through the wizard, the code check and the safety sheet, and back to the check', async ({
	page,
	context
}) => {
	const sent = recordRequests(context);
	await page.clock.setFixedTime(new Date(1_234_567_895_000));
	// The code check trusts the server's clock: this server agrees with the fixed time.
	await serveTime(page);
	await page.goto('/#nev=Kiss%20Anna&tel=+36%201%20234%205678');
	await expect(page).toHaveURL(/\/$/);

	await page.getByRole('link', { name: /Most beállítom/ }).click();
	for (let step = 1; step <= 4; step++) {
		await expect(page.getByText(`${step}. lépés a 9-ből`, { exact: true })).toBeVisible();
		await stepReady(page);
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
	}
	await expect(page.getByText('5. lépés a 9-ből', { exact: true })).toBeVisible();
	await page.getByLabel('Az ügyfélkapus felhasználóneve (nem kötelező)').fill('minta123');
	await expect(page.getByText('minta123@ugyfelkapu.gov.hu').first()).toBeVisible();
	await page.getByLabel('Kulcs (a QR-kód alatti betűk és számok)').fill(KEY_TYPED);
	await page.getByRole('link', { name: 'Ellenőrzöm a kódot' }).first().click();

	// The check page already has the key from the wizard: no need to type it twice.
	await expect(page).toHaveURL(/\/ellenorzes\?lepes=5$/);
	await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(KEY_TYPED);
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	await expect(page.getByRole('region', { name: '2. A kód' })).toContainText('005 924');
	const compare = page.getByRole('region', { name: 'Ellenőrizze a telefonját' });
	await compare.getByLabel('A telefonon látható kód').fill(CODE);
	await compare.getByLabel('Az eszköz neve (nem kötelező)').fill('Saját telefon');
	await compare.getByRole('button', { name: 'Ellenőrzés', exact: true }).click();
	await expect(compare.getByRole('status')).toContainText('Egyezik. Ez az eszköz jól van beállítva.');

	// The safety sheet picks up the key, the username, the checked device and the accountant from the link.
	await page.getByRole('navigation').getByRole('link', { name: 'Biztonsági lap' }).click();
	await expect(page.getByLabel('Kulcs (nem kötelező)')).toHaveValue(KEY_TYPED);
	await expect(page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)')).toHaveValue('minta123');
	await page.getByLabel('Törlőkód (nem kötelező)').fill(REMOVAL_CODE);
	await expect(page.getByLabel('Kitől kérhet segítséget? (nem kötelező)')).toHaveValue(/Kiss Anna/);
	await page.emulateMedia({ media: 'print' });
	const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
	await expect(sheet).toContainText(KEY_GROUPED);
	await expect(sheet).toContainText(REMOVAL_CODE);
	await expect(sheet).toContainText('minta123@ugyfelkapu.gov.hu');
	await expect(sheet).toContainText('Saját telefon');
	await expect(sheet).toContainText('Kiss Anna');
	const printedKey = (await sheet.getByText(KEY_GROUPED).first().innerText()).trim();
	await page.emulateMedia({ media: 'screen' });

	// Later: the key read off the printed sheet gives the same code in the check.
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('navigation').getByRole('link', { name: 'Kód ellenőrzése' }).click();
	await expect(page).toHaveURL(/\/ellenorzes$/);
	await page.getByRole('button', { name: 'Kulcs törlése' }).click();
	await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue('');
	await page.getByLabel('Kulcs', { exact: true }).fill(printedKey);
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	await expect(page.getByRole('region', { name: '2. A kód' })).toContainText('005 924');

	await expectNoSecretLeft(page, context, sent, [KEY_TYPED, REMOVAL_CODE]);

	// A reload forgets the key; the wizard still knows where the user is.
	await page.reload();
	await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue('');
	await page.goto('/');
	await expect(page.getByRole('link', { name: /^Folytatás: 5\. lépés/ })).toHaveAttribute('href', '/beallitas/5');
});
