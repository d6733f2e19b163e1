import { openComparison } from './check-helpers';
import { axeViolations, expect, test } from './fixtures';
import { expectNoSecretLeft, recordRequests } from './secrets';
import { decodeQr } from './support/qr-decode';
import { serveTime } from './support/server-time';
import { at, RFC_KEY, RFC_KEY_TYPED, spaced, stepAt, totp } from './support/totp';

test('the independent TOTP helper agrees with RFC 6238 Appendix B', () => {
	// The last six digits of the 8-digit vectors.
	expect(totp(stepAt(at(59)))).toBe('287082');
	expect(totp(stepAt(at(1_111_111_109)))).toBe('081804');
	expect(totp(stepAt(at(1_234_567_890)))).toBe('005924');
	expect(totp(stepAt(at(2_000_000_000)))).toBe('279037');
});

test('the code changes exactly at the 30-second boundary, and is read aloud only when asked', async ({ page }) => {
	await serveTime(page);
	await page.clock.install({ time: at(1_111_111_080) });
	await page.goto('/ellenorzes');
	await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY_TYPED);
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	const codeRegion = page.getByRole('region', { name: '2. A kód' });
	await expect(page.getByRole('heading', { name: '2. A kód' })).toBeFocused();

	// RFC 6238: at 1111111100 s (10 s before the step ends) the code is 081804, and no next code is shown yet.
	await page.clock.pauseAt(at(1_111_111_100));
	await expect(codeRegion).toContainText('081 804');
	await expect(codeRegion).toContainText('Még 10 másodpercig érvényes');
	await expect(codeRegion).not.toContainText('Következő kód');

	const next = totp(stepAt(at(1_111_111_110)));
	await page.clock.pauseAt(at(1_111_111_109));
	await expect(codeRegion).toContainText('081 804');
	await expect(codeRegion).toContainText('Még 1 másodpercig érvényes');
	await expect(codeRegion.getByText('Következő kód:')).toContainText(spaced(next));

	// Read out with a second left: the next code is said too, as it is shown.
	await codeRegion.getByRole('button', { name: 'Kód felolvasása' }).click();
	const spoken = codeRegion.locator('[aria-live="polite"]');
	await expect(spoken).toHaveText(
		`A kód: 0 8 1 8 0 4. Még 1 másodpercig érvényes. Utána ez a kód jön: ${next.split('').join(' ')}.`
	);

	await page.clock.runFor(999);
	await expect(codeRegion).toContainText('081 804');
	await page.clock.runFor(1);
	await expect(codeRegion).toContainText(spaced(next));
	await expect(codeRegion).not.toContainText('081 804');
	await expect(codeRegion).toContainText('Még 30 másodpercig érvényes');
	// The code said as the next one is the one shown now: the words still hold.
	await expect(spoken).toContainText(`Utána ez a kód jön: ${next.split('').join(' ')}.`);
	// Read out again, with time to spare: the new code alone.
	await page.clock.runFor(5_000);
	await codeRegion.getByRole('button', { name: 'Kód felolvasása' }).click();
	await expect(spoken).toHaveText(`A kód: ${next.split('').join(' ')}. Még 25 másodpercig érvényes.`);
	// Once that code is over, its words do not stay beside the newer one.
	const after = totp(stepAt(at(1_111_111_140)));
	await page.clock.runFor(25_000);
	await expect(codeRegion).toContainText(spaced(after));
	await expect(spoken).toHaveText('A felolvasott kód már lejárt. Az újat a „Kód felolvasása” gombbal hallhatja.');
	await expect(codeRegion).not.toContainText(next.split('').join(' '));
});

test('other RFC instants show their codes', async ({ page }) => {
	await serveTime(page);
	await page.clock.install({ time: at(50) });
	await page.goto('/ellenorzes');
	await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY);
	const codeRegion = page.getByRole('region', { name: '2. A kód' });
	for (const [seconds, code] of [
		[59, '287082'],
		[1_234_567_890, '005924'],
		[2_000_000_000, '279037']
	] as const) {
		await page.clock.pauseAt(at(seconds));
		await expect(codeRegion).toContainText(spaced(code));
	}
});

test('one device, many tries: a wrong code then the right one is one device; another device only when asked', async ({
	page
}) => {
	await serveTime(page);
	await page.clock.install({ time: at(1_111_111_080) });
	await page.goto('/ellenorzes');
	await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY_TYPED);
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	await page.clock.pauseAt(at(1_111_111_095));
	const step = stepAt(at(1_111_111_095));
	const compare = page.getByRole('region', { name: 'Ellenőrizze a telefonját' });
	const codeField = compare.getByLabel('A telefonon látható kód');
	const nameField = compare.getByLabel('Az eszköz neve (nem kötelező)');
	const check = compare.getByRole('button', { name: 'Ellenőrzés', exact: true });
	const result = compare.getByRole('status');
	const devices = compare.getByRole('list').last();

	const near = new Set(Array.from({ length: 21 }, (_, i) => totp(step - 10 + i)));
	const wrong = ['000000', '111111', '222222', '333333'].find((c) => !near.has(c))!;
	await codeField.fill(wrong);
	await nameField.fill('Anna telefonja');
	await check.click();
	await expect(result).toContainText('A kód nem egyezik.');
	await expect(result.getByRole('listitem')).toHaveCount(5);
	// The phone's clock comes first: a clock an hour off is beyond the measured window and looks like a wrong key.
	await expect(result.getByRole('listitem').first()).toContainText('Az eszköz óráját: kapcsolja be');
	await expect(result.getByRole('link', { name: /nem fogadják el a kódot/ })).toHaveAttribute(
		'href',
		'/gyik#nem-jo-a-kod'
	);
	await expect(devices.getByRole('listitem')).toHaveText([/^Anna telefonja: a kód nem egyezett \(ellenőrizve: /]);

	await codeField.fill(spaced(totp(step)));
	await check.click();
	await expect(result).toContainText('Egyezik. Ez az eszköz jól van beállítva.');
	// Not opened from step 6: no advice to try the official site again.
	await expect(result).not.toContainText('Most térjen vissza a hivatalos oldalra');
	await expect(devices.getByRole('listitem')).toHaveText([/^Anna telefonja: jól van beállítva \(ellenőrizve: /]);

	// Not a code: the field says what to fix, keeps what was typed, and the list stays as it was.
	for (const [typed, message] of [
		['12345', 'Ez csak 5 számjegy, a kód 6 számjegyből áll. Nézze meg újra a telefont, és írja be mind a hatot.'],
		[
			'123 4567',
			'Ez 7 számjegy, a kód 6 számjegyből áll. Csak azt a kódot írja be, amelyik most a felhasználónevével jelölt sorban látható.'
		],
		['12a4-5', 'A kódban csak számjegyek (0–9) vannak. Ezek a jelek nem lehetnek benne: „a” és „-”.'],
		['  ', 'Írja be a telefonon látható kódot: 6 számjegyet.']
	]) {
		await codeField.fill(typed);
		await check.click();
		// Said once: focus moves to the field, which reads its message with it (not also as an alert).
		const fieldError = compare.locator('#device-code-error');
		await expect(fieldError).toHaveText(message);
		await expect(fieldError).not.toHaveAttribute('role', 'alert');
		await expect(codeField).toBeFocused();
		await expect(codeField).toHaveValue(typed);
		await expect(codeField).toHaveAttribute('aria-invalid', 'true');
		await expect(devices.getByRole('listitem')).toHaveCount(1);
	}
	// Enter in the field moves no focus, so there the message announces itself.
	await codeField.fill('12');
	await codeField.press('Enter');
	await expect(compare.getByRole('alert')).toHaveText(/^Ez csak 2 számjegy/);

	await compare.getByRole('button', { name: 'Másik eszköz ellenőrzése' }).click();
	await expect(nameField).toBeFocused();
	await expect(nameField).toHaveValue('');
	await expect(codeField).toHaveValue('');
	await nameField.fill('Béla táblagépe');
	await codeField.fill(totp(step + 1));
	await check.click();
	await expect(result).toContainText('A kulcs jó, de az eszköz órája kb. 30 másodperccel siet.');
	await expect(devices.getByRole('listitem')).toHaveText([
		/^Anna telefonja: jól van beállítva/,
		/^Béla táblagépe: a kulcs jó, de az órája kb. 30 másodperccel siet/
	]);

	// Only the device proven right goes on the safety sheet's checklist.
	await page.clock.resume();
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('navigation').getByRole('link', { name: 'Biztonsági lap' }).click();
	const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
	await expect(sheet).toContainText('Anna telefonja');
	await expect(sheet).not.toContainText('Béla táblagépe');
});

test('opened from step 6 (the official site rejected the code), a match says to try there again', async ({ page }) => {
	await serveTime(page);
	await page.clock.install({ time: at(1_111_111_080) });
	const compare = await openComparison(page, '/en/ellenorzes?lepes=6');
	await page.clock.pauseAt(at(1_111_111_095));
	await compare.getByLabel('Code shown on the phone').fill(totp(stepAt(at(1_111_111_095))));
	await compare.getByRole('button', { name: 'Check', exact: true }).click();
	const result = compare.getByRole('status');
	await expect(result).toContainText(
		'Now go back to the official site: type your password and the code the phone shows right now, then click „Tovább” (Continue).'
	);
	await expect(result.locator('[lang="hu"]')).toHaveText('Tovább');
});

test('a second device: the QR carries exactly the Key URI Format; forgetting clears the key and says so', async ({
	page,
	context
}) => {
	const sent = recordRequests(context);
	await serveTime(page);
	await page.goto('/ellenorzes');
	await expect(page.getByRole('button', { name: 'Kulcs törlése' })).toHaveCount(0);
	const keyField = page.getByLabel('Kulcs', { exact: true });
	await keyField.fill(RFC_KEY_TYPED);
	await expect(page.getByText('Ez a kulcs hosszabb a szokásosnál: 32 jelből áll')).toBeVisible();
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	// Folded to one line, so the code comes next.
	await expect(page.getByText('A kulcs: GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ')).toBeVisible();

	const add = page.getByRole('region', { name: '3. A kulcs felvétele egy másik eszközre' });
	await add.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)').fill('minta123');
	await expect(add.getByText('minta123@ugyfelkapu.gov.hu')).toBeVisible();
	await expect(add).toContainText('Időalapú');
	await expect(add.getByText('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ')).toBeVisible();
	const show = add.getByRole('button', { name: 'QR-kód megjelenítése' });
	await expect(show).toHaveAttribute('aria-expanded', 'false');
	await show.click();
	// "Ügyfélkapu+" percent-encoded as UTF-8 by hand: Ü = C3 9C, é = C3 A9, + = 2B; '@' in the label = 40.
	const issuer = '%C3%9Cgyf%C3%A9lkapu%2B';
	expect(
		await decodeQr(page, 'QR-kód az Ügyfélkapu+ kulcsával. Olvassa be az új eszköz hitelesítő alkalmazásával.')
	).toBe(
		`otpauth://totp/${issuer}:minta123%40ugyfelkapu.gov.hu?secret=${RFC_KEY}&issuer=${issuer}&algorithm=SHA1&digits=6&period=30`
	);
	expect(await axeViolations(page)).toEqual([]);

	await page.getByRole('button', { name: 'Kulcs törlése' }).click();
	await expect(page.getByText('A kulcsot töröltük')).toBeVisible();
	await expect(keyField).toHaveValue('');
	await expect(keyField).toBeFocused();
	await expect(page.getByRole('button', { name: 'Kulcs törlése' })).toHaveCount(0);
	await expect(page.getByRole('region', { name: '2. A kód' })).toContainText('Írja be fent a kulcsot');
	await expect(page.getByRole('region', { name: /másik eszközre/ })).toHaveCount(0);
	await expectNoSecretLeft(page, context, sent, [RFC_KEY, RFC_KEY_TYPED]);
});

test('back and forward keep the device name, but neither the key nor the phone code, in memory or storage', async ({
	page,
	context
}) => {
	const sent = recordRequests(context);
	await serveTime(page);
	await page.goto('/ellenorzes');
	await page.getByLabel('Kulcs', { exact: true }).fill(RFC_KEY);
	await page.getByRole('button', { name: 'Kód mutatása' }).click();
	const compare = page.getByRole('region', { name: 'Ellenőrizze a telefonját' });
	await compare.getByLabel('A telefonon látható kód').fill('123 456');
	await compare.getByLabel('Az eszköz neve (nem kötelező)').fill('Irodai tablet');
	await page.getByRole('navigation').getByRole('link', { name: 'Kérdések' }).click();
	await expect(page).toHaveURL(/\/gyik$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/ellenorzes$/);
	await expect(compare.getByLabel('Az eszköz neve (nem kötelező)')).toHaveValue('Irodai tablet');
	// The code was only good for 30 seconds: it is typed again from the phone.
	await expect(compare.getByLabel('A telefonon látható kód')).toHaveValue('');
	await page.goForward();
	await expect(page).toHaveURL(/\/gyik$/);
	// Leaving the page (here a reload) writes SvelteKit's snapshots to sessionStorage: the name is there, the code not.
	await page.reload();
	const stored = await page.evaluate(() => sessionStorage.getItem('sveltekit:snapshot') ?? '');
	expect(stored).toContain('Irodai tablet');
	expect(stored.replace(/\D/g, '')).not.toContain('123456');
	await expectNoSecretLeft(page, context, sent, [RFC_KEY]);
});
