import { axeViolations, expect, test } from './fixtures';
import { stepReady, tabTo } from './wizard-helpers';

// Hungarian titles of the nine steps as the issue and FACTS.md order them (written out here, not imported).
const TITLES_HU = [
	'Hitelesítő alkalmazás telepítése',
	'Belépés az Ügyfélkapura',
	'Az Ügyfélkapu+ igénylése',
	'Az eszköz párosítása',
	'Kézi beírás: fióknév és kulcs',
	'A párosítás ellenőrzése',
	'A törlőkód mentése',
	'Megerősítés és befejezés',
	'Belépés ezentúl'
];

test.describe('the guided setup', () => {
	test('the whole flow works by keyboard alone, in Hungarian, from the start page to step 9', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ügyfélkapu+ beállítása lépésről lépésre');
		// No saved progress yet: no task list.
		await expect(page.getByRole('heading', { name: 'Itt tart most' })).toHaveCount(0);

		await tabTo(page, page.getByRole('link', { name: 'Most beállítom' }));
		await page.keyboard.press('Enter');

		for (let n = 1; n <= 9; n++) {
			await expect(page).toHaveURL(new RegExp(`/beallitas/${n}$`));
			await stepReady(page);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES_HU[n - 1]);
			await expect(page.getByText(`${n}. lépés a 9-ből`, { exact: true })).toBeVisible();
			// Step 1 has no drawing (it would add nothing); every other step's says what it shows.
			if (n > 1) await expect(page.getByRole('img', { name: /^Rajz: / })).toBeVisible();

			if (n === 4) {
				await tabTo(page, page.getByLabel('Az ügyfélkapus felhasználóneve (nem kötelező)'));
				await page.keyboard.type('minta123');
				// FACTS.md: the account name is the username followed by @ugyfelkapu.gov.hu.
				await expect(page.getByText('minta123@ugyfelkapu.gov.hu', { exact: true })).toBeVisible();
				// Copied, then the username changed: what the status said no longer holds, so it goes.
				await page.keyboard.press('Tab');
				await expect(page.getByRole('button', { name: 'Másolás' })).toBeFocused();
				await page.keyboard.press('Enter');
				const copyStatus = page.locator('.account').getByRole('status');
				await expect(copyStatus).not.toHaveText('');
				await page.keyboard.press('Shift+Tab');
				await page.keyboard.press('End');
				await page.keyboard.type('4');
				await expect(page.getByText('minta1234@ugyfelkapu.gov.hu', { exact: true })).toBeVisible();
				await expect(copyStatus).toHaveText('');
			}
			if (n === 7) {
				const done = page.getByRole('button', { name: 'Kész, tovább' });
				await tabTo(page, done);
				await page.keyboard.press('Enter');
				const summary = page.getByRole('alert');
				await expect(summary).toBeFocused();
				await expect(summary).toContainText('Jelölje be, hogy kinyomtatta vagy leírta a törlőkódot');
				await expect(page).toHaveURL(/\/beallitas\/7$/);
				// The summary's link takes the keyboard user straight to the checkbox.
				await page.keyboard.press('Tab');
				await page.keyboard.press('Enter');
				const box = page.getByRole('checkbox', { name: 'Kinyomtattam vagy leírtam a törlőkódot' });
				await expect(box).toBeFocused();
				await page.keyboard.press('Space');
				await expect(box).toBeChecked();
				await expect(page.getByRole('alert')).toHaveCount(0);
			}

			const next = page.getByRole('button', { name: n < 9 ? 'Kész, tovább' : 'Kész, vissza a kezdőlapra' });
			await tabTo(page, next);
			await page.keyboard.press('Enter');
		}

		await expect(page).toHaveURL(/\/$/);
		const tasks = page.getByRole('list').filter({ hasText: '1. Hitelesítő alkalmazás telepítése' });
		await expect(tasks.getByRole('listitem')).toHaveCount(9);
		await expect(tasks.getByText('Kész', { exact: true })).toHaveCount(9);
		await expect(page.getByText('Minden lépéssel elkészült.')).toBeVisible();
	});

	test('progress survives a reload at step 5 and closing the browser; the key never does', async ({
		page,
		browser
	}) => {
		await page.goto('/beallitas/1');
		await stepReady(page);
		for (let n = 1; n <= 4; n++) {
			await page.getByRole('button', { name: 'Kész, tovább' }).click();
			await expect(page).toHaveURL(new RegExp(`/beallitas/${n + 1}$`));
		}
		await page.getByLabel('Az ügyfélkapus felhasználóneve (nem kötelező)').fill('kovacs.anna');
		await page.getByLabel('Az ügyfélkapus felhasználóneve (nem kötelező)').blur();
		const key = 'JBSWY3DPEHPK3PXP';
		await page.getByLabel('Kulcs (a QR-kód alatti betűk és számok)').fill(key);
		await expect(page.getByText('az oldal újratöltésekor eltűnik')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Ellenőrzöm a kódot' })).toHaveAttribute('href', '/ellenorzes?lepes=5');

		await page.reload();
		await stepReady(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kézi beírás: fióknév és kulcs');
		await expect(page.getByLabel('Az ügyfélkapus felhasználóneve (nem kötelező)')).toHaveValue('kovacs.anna');
		await expect(page.getByText('kovacs.anna@ugyfelkapu.gov.hu', { exact: true })).toBeVisible();
		await expect(page.getByLabel('Kulcs (a QR-kód alatti betűk és számok)')).toHaveValue('');

		await page.goto('/');
		const tasks = page.getByRole('list').filter({ hasText: '1. Hitelesítő alkalmazás telepítése' });
		await expect(tasks.getByText('Kész', { exact: true })).toHaveCount(4);
		await expect(tasks.getByRole('listitem').nth(4)).toContainText('Itt tart');
		await expect(page.getByRole('link', { name: /^Folytatás: 5\. lépés/ })).toHaveAttribute('href', '/beallitas/5');
		expect(await axeViolations(page)).toEqual([]);

		// Close the browser context and open a new one with the same stored data.
		const state = await page.context().storageState({ indexedDB: true });
		expect(JSON.stringify(state)).not.toContain(key);
		await page.context().close();
		const reopened = await browser.newContext({ storageState: state });
		const problems: string[] = [];
		const again = await reopened.newPage();
		again.on('pageerror', (e) => problems.push(e.message));
		await again.goto('/');
		await again.getByRole('link', { name: /^Folytatás: 5\. lépés/ }).click();
		await expect(again).toHaveURL(/\/beallitas\/5$/);
		await expect(again.getByText('kovacs.anna@ugyfelkapu.gov.hu', { exact: true })).toBeVisible();

		// Start again asks first; cancelling keeps everything.
		await again.goto('/');
		await again.getByRole('button', { name: 'Újrakezdés' }).click();
		await expect(again.getByRole('group', { name: 'Biztosan elölről kezdi?' })).toBeFocused();
		await again.getByRole('button', { name: 'Mégsem' }).click();
		await expect(again.getByRole('button', { name: 'Újrakezdés' })).toBeFocused();
		await again.getByRole('button', { name: 'Újrakezdés' }).click();
		await again.getByRole('button', { name: 'Igen, elölről kezdem' }).click();
		await expect(again.getByRole('heading', { name: 'Itt tart most' })).toHaveCount(0);
		await again.reload();
		await expect(again.getByRole('link', { name: 'Kezdjük' })).toBeVisible();
		await expect(again.getByRole('heading', { name: 'Itt tart most' })).toHaveCount(0);
		expect(problems).toEqual([]);
		await reopened.close();
	});

	test('every step has its own address and browser back/forward move between steps', async ({ page }) => {
		await page.goto('/beallitas/3');
		await stepReady(page);
		await expect(page.getByText('3. lépés a 9-ből', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES_HU[3]);
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES_HU[4]);

		await page.goBack();
		await expect(page).toHaveURL(/\/beallitas\/4$/);
		await expect(page.getByText('4. lépés a 9-ből', { exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES_HU[3]);
		await page.goBack();
		await expect(page).toHaveURL(/\/beallitas\/3$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES_HU[2]);
		await expect(page.getByText('Ezt a lépést már elvégezte')).toBeVisible();
		await page.goForward();
		await expect(page).toHaveURL(/\/beallitas\/4$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES_HU[3]);

		// The back link goes one step back; on step 1 it leads to the start page.
		await page.getByRole('link', { name: 'Vissza az előző lépéshez' }).click();
		await expect(page).toHaveURL(/\/beallitas\/3$/);
		await page.goto('/beallitas/1');
		await stepReady(page);
		await page.getByRole('link', { name: 'Vissza a kezdőlapra' }).click();
		await expect(page).toHaveURL(/\/$/);

		// No step 0 or 10.
		for (const bad of ['/beallitas/0', '/beallitas/10', '/beallitas/01']) {
			const response = await page.request.get(bad);
			expect(response.status(), bad).toBe(404);
		}
	});

	test('step 7 does not count as done until the removal code is confirmed', async ({ page }) => {
		await page.goto('/beallitas/7');
		await stepReady(page);
		await expect(page.locator('.warning')).toContainText('Ez a legfontosabb lépés');
		await expect(page.getByRole('link', { name: 'A biztonsági lap elkészítése' })).toHaveAttribute(
			'href',
			'/biztonsagi-lap?lepes=7'
		);
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(page).toHaveURL(/\/beallitas\/7$/);
		const gate = page.getByRole('checkbox', { name: 'Kinyomtattam vagy leírtam a törlőkódot' });
		await expect(gate).toHaveAttribute('aria-invalid', 'true');
		expect(await axeViolations(page)).toEqual([]);
		await gate.check();
		await expect(gate).toHaveAttribute('aria-invalid', 'false');
		await gate.uncheck();

		await page.goto('/');
		const tasks = page.getByRole('list').filter({ hasText: '1. Hitelesítő alkalmazás telepítése' });
		await expect(tasks.getByText('Kész', { exact: true })).toHaveCount(0);
		// Nothing is done yet, so the way on is the first step, whichever step was opened.
		await expect(tasks.getByRole('listitem').nth(0)).toContainText('Itt tart');
		await expect(tasks.getByRole('listitem').nth(6)).toContainText('Még nincs kész');

		await page.goto('/beallitas/7');
		await stepReady(page);
		await page.getByRole('checkbox', { name: 'Kinyomtattam vagy leírtam a törlőkódot' }).check();
		await page.getByRole('button', { name: 'Kész, tovább' }).click();
		await expect(page).toHaveURL(/\/beallitas\/8$/);
		await expect(page.getByText('„Törlőkód mentéséről gondoskodtam”')).toBeVisible();
		await expect(page.getByText('„Befejezés”')).toBeVisible();
		await page.goto('/');
		await expect(tasks.getByRole('listitem').nth(6)).toContainText('Kész');
	});

	test('when the browser refuses storage, a calm notice shows and the whole flow still works', async ({ page }) => {
		await page.addInitScript(() => {
			IDBFactory.prototype.open = function () {
				throw new DOMException('Storage is blocked', 'SecurityError');
			};
		});
		await page.goto('/');
		await expect(page.getByText('a böngésző nem engedi az adatok mentését')).toBeVisible();
		await page.getByRole('link', { name: 'Most beállítom' }).click();
		for (let n = 1; n <= 9; n++) {
			await expect(page).toHaveURL(new RegExp(`/beallitas/${n}$`));
			await stepReady(page);
			if (n === 7) await page.getByRole('checkbox', { name: 'Kinyomtattam vagy leírtam a törlőkódot' }).check();
			await page.getByRole('button', { name: n < 9 ? 'Kész, tovább' : 'Kész, vissza a kezdőlapra' }).click();
		}
		await expect(page).toHaveURL(/\/$/);
		// Progress is kept in memory for this visit.
		await expect(page.getByText('Minden lépéssel elkészült.')).toBeVisible();
	});

	test('the English flow shows the same steps with the official Hungarian labels explained', async ({ page }) => {
		await page.goto('/en');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('link', { name: 'Set it up now' }).click();
		await expect(page).toHaveURL(/\/en\/beallitas\/1$/);
		await stepReady(page);
		await expect(page.getByText('Step 1 of 9', { exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Install an authenticator app');
		await page.getByRole('button', { name: 'Done, continue' }).click();
		await expect(page).toHaveURL(/\/en\/beallitas\/2$/);
		await expect(page.getByRole('link', { name: /ugyfelkapu\.gov\.hu/ }).first()).toHaveAttribute(
			'href',
			'https://ugyfelkapu.gov.hu/'
		);
		await expect(page.getByText('This helper never asks for your password.')).toBeVisible();

		await page.goto('/en/beallitas/5');
		await stepReady(page);
		// An English page leads with the English labels of the app and gives the Hungarian ones for a Hungarian phone.
		await expect(page.getByText('Type: time-based (on a phone set to Hungarian: „Időalapú”).')).toBeVisible();
		await expect(page.getByText('in Google Authenticator usually “Add”')).toBeVisible();
		const drawing = page.getByRole('img', { name: /^Drawing: a phone with the authenticator app’s manual entry/ });
		await expect(drawing).toContainText('Time based');
		await expect(drawing).not.toContainText('Időalapú');
		await page.getByLabel('Your Ügyfélkapu username (optional)').fill('minta123');
		await expect(page.getByText('minta123@ugyfelkapu.gov.hu', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: 'Done, continue' }).click();
		await expect(page).toHaveURL(/\/en\/beallitas\/6$/);
		await expect(page.getByRole('link', { name: 'The official site rejects the code' })).toHaveAttribute(
			'href',
			'/en/gyik?lepes=6#nem-jo-a-kod'
		);
		expect(await axeViolations(page)).toEqual([]);

		// Steps 1 and 5 are done, 2–4 not yet: "Continue" leads to the first unfinished step.
		await page.goto('/en');
		await expect(page.getByRole('link', { name: 'Continue at step 2', exact: true })).toHaveAttribute(
			'href',
			'/en/beallitas/2'
		);
	});

	test('the corrected step texts: password only on .gov.hu, a phone-only path, a login test in step 9', async ({
		page
	}) => {
		await page.goto('/beallitas/2');
		await stepReady(page);
		await expect(page.getByText(/csak \.gov\.hu végű címen/)).toContainText('kau.gov.hu');
		await expect(page.locator('main')).not.toContainText(/sütik/);
		await expect(page.getByText(/privát \(inkognitó\) ablakot/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Lejárt a jelszavam, vagy elfelejtettem' })).toHaveAttribute(
			'href',
			'/gyik?lepes=2#jelszo-lejart'
		);

		// Steps 3–5: someone with only a phone copies the key instead of scanning.
		for (const n of [3, 4, 5]) {
			await page.goto(`/beallitas/${n}`);
			await stepReady(page);
			const phoneOnly = page.locator('details.phone-only');
			await phoneOnly.getByText('Csak telefonja van, számítógépe nincs?').click();
			await expect(phoneOnly).toHaveAttribute('open', '');
			await expect(phoneOnly).toContainText('„Nem tudom beolvasni a kódot”');
			await expect(phoneOnly).toContainText('Másolás');
		}

		// Step 9: log out, log in with the Ügyfélkapu+ button, and what the failure looks like.
		await page.goto('/beallitas/9');
		await stepReady(page);
		const test9 = page.getByRole('region', { name: 'Próbálja ki most a belépést' });
		await expect(test9).toContainText('„Ügyfélkapu+” gombbal');
		await expect(test9).toContainText(
			'„A felhasználónév vagy a jelszó helytelen, vagy Ön nem jogosult a kiválasztott azonosítási szolgáltatás igénybevételére.”'
		);
		await expect(test9.getByRole('link', { name: 'Befejeztem, mégsem tudok belépni' })).toHaveAttribute(
			'href',
			'/gyik?lepes=9#teszt-belepes'
		);
		expect(await axeViolations(page)).toEqual([]);

		await page.goto('/en/beallitas/9');
		await stepReady(page);
		await expect(page.getByRole('region', { name: 'Test your login now' })).toBeVisible();
	});
});
