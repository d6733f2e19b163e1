import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfLines, pdfPageCount } from './support/pdf';

// Codes are copied letter by letter from screen and paper: a line break inside a group reads as two codes.
// These tests look at where the browser actually wrapped each code, line by line.

const REMOVAL = 'TK-8842-1937-5520-7781-3364';
const KEY = 'JBSWY3DPEHPK3PXPGEZDGNBVGY3TQOJQ';
const KEY_GROUPED = 'JBSW Y3DP EHPK 3PXP GEZD GNBV GY3T QOJQ';
const USER_64 = 'nagyon.hosszu.felhasznalonev.egy.reszletesen.elnevezett.fiokhoz1';

/**
 * The lines a code is drawn on, read from the layout: the text of each line, and how many of its
 * unbreakable pieces were nonetheless split over two lines (must be 0).
 */
async function drawnLines(token: Locator): Promise<{ lines: string[]; splitPieces: number }> {
	return token.evaluate((el) => {
		const rows = new Map<number, string>();
		let splitPieces = 0;
		for (const chunk of el.querySelectorAll('.chunk')) {
			const rects = chunk.getClientRects();
			if (rects.length !== 1) splitPieces++;
			const top = Math.round(rects[0].top);
			const row = [...rows.keys()].find((t) => Math.abs(t - top) < 4) ?? top;
			rows.set(row, (rows.get(row) ?? '') + (rows.has(row) ? ' ' : '') + chunk.textContent);
		}
		return { lines: [...rows.values()], splitPieces };
	});
}

/** Matches `text` even where it was wrapped onto several lines. */
function onLines(text: string): RegExp {
	return new RegExp([...text].map((c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('\\n?'));
}

/** What a user gets by selecting the code and copying it. */
async function copiedText(token: Locator): Promise<string> {
	return token.evaluate((el) => {
		const range = document.createRange();
		range.selectNodeContents(el);
		const selection = getSelection();
		selection?.removeAllRanges();
		selection?.addRange(range);
		return selection?.toString() ?? '';
	});
}

test.describe('codes on a 320 px screen', () => {
	test.use({ viewport: { width: 320, height: 700 } });

	test('the sheet wraps the törlőkód only after its hyphens and the account name only before the @', async ({
		page
	}) => {
		await page.goto('/biztonsagi-lap');
		await page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)').fill('minta123');
		await page.getByLabel('Kulcs (nem kötelező)').fill(KEY);
		await page.getByLabel('Törlőkód (nem kötelező)').fill(REMOVAL);
		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });

		const removal = sheet.getByTestId('sheet-removal').locator('.token');
		const removalLines = await drawnLines(removal);
		expect(removalLines.splitPieces).toBe(0);
		// Too long for one line here, so it wraps, and every line but the last ends with its hyphen.
		expect(removalLines.lines.length).toBeGreaterThan(1);
		expect(removalLines.lines.join('').replace(/ /g, '')).toBe(REMOVAL);
		for (const line of removalLines.lines.slice(0, -1)) expect(line.replace(/ /g, '')).toMatch(/-$/);

		const account = sheet.locator('dd .token').first();
		expect(await drawnLines(account)).toEqual({ lines: ['minta123', '@ugyfelkapu.gov.hu'], splitPieces: 0 });

		const key = await drawnLines(sheet.getByTestId('sheet-key').locator('.token'));
		expect(key.splitPieces).toBe(0);
		expect(key.lines.join(' ')).toBe(KEY_GROUPED);
		for (const line of key.lines) expect(line).toMatch(/^([A-Z2-7]{4})( [A-Z2-7]{4})*$/);

		// Copying gives the code itself: no invisible characters where it may wrap.
		expect(await copiedText(removal)).toBe(REMOVAL);
		expect(await copiedText(account)).toBe('minta123@ugyfelkapu.gov.hu');
		expect(await copiedText(sheet.getByTestId('sheet-key').locator('.token'))).toBe(KEY_GROUPED);
	});

	test('a 64-character username stays whole and inside the sheet, drawn smaller', async ({ page }) => {
		await page.goto('/biztonsagi-lap');
		await page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)').fill(USER_64);
		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
		const account = sheet.locator('dd .token').first();
		expect(await drawnLines(account)).toEqual({ lines: [USER_64, '@ugyfelkapu.gov.hu'], splitPieces: 0 });
		const sheetBox = await sheet.boundingBox();
		const accountBox = await account.locator('.chunk').first().boundingBox();
		expect((accountBox?.x ?? 0) + (accountBox?.width ?? 0)).toBeLessThanOrEqual(
			(sheetBox?.x ?? 0) + (sheetBox?.width ?? 0)
		);
	});

	test('step 5 and the code check show the account name and the key without splitting a piece', async ({ page }) => {
		await page.goto('/beallitas/5');
		await page.locator('#username-5').fill('minta123');
		const name = page.locator('.account-name .token');
		expect(await drawnLines(name)).toEqual({ lines: ['minta123', '@ugyfelkapu.gov.hu'], splitPieces: 0 });
		expect(await copiedText(name)).toBe('minta123@ugyfelkapu.gov.hu');

		await page.goto('/ellenorzes');
		await page.locator('#key-input').fill(KEY);
		await page.locator('#username-input').fill(USER_64);
		const grouped = await drawnLines(page.locator('.key-groups .token'));
		expect(grouped.splitPieces).toBe(0);
		expect(grouped.lines.join(' ')).toBe(KEY_GROUPED);
		// The suggested account name is part of the manual settings for another device, shown with the code.
		await page.getByRole('button', { name: 'Kód mutatása' }).click();
		const account = await drawnLines(page.locator('dl.settings dd').first().locator('.token'));
		expect(account).toEqual({ lines: [USER_64, '@ugyfelkapu.gov.hu'], splitPieces: 0 });
	});
});

test('on paper the törlőkód wraps only after a hyphen and the 64-character account name stays whole', async ({
	page
}) => {
	await page.goto('/biztonsagi-lap');
	await page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)').fill(USER_64);
	await page.getByLabel('Kulcs (nem kötelező)').fill(KEY);
	await page.getByLabel('Törlőkód (nem kötelező)').fill(REMOVAL);
	await page.emulateMedia({ media: 'print' });
	// The width of an A4 page inside the sheet's 12 mm margins.
	await page.setViewportSize({ width: 703, height: 1123 });
	const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });

	const removal = await drawnLines(sheet.getByTestId('sheet-removal').locator('.token'));
	expect(removal.splitPieces).toBe(0);
	expect(removal.lines.length).toBeGreaterThan(1);
	for (const line of removal.lines.slice(0, -1)) expect(line.replace(/ /g, '')).toMatch(/-$/);
	const account = await drawnLines(sheet.locator('dd .token').first());
	expect(account.splitPieces).toBe(0);
	expect(account.lines.join('')).toBe(`${USER_64}@ugyfelkapu.gov.hu`);

	// In the PDF itself, line by line: the törlőkód goes onto a new line only after a hyphen; the username
	// and the domain each stand whole on a line (the date shares the username's line).
	const pdf = await page.pdf({ format: 'A4' });
	// Even with the code on two lines and the longest username, the sheet stays one page.
	expect(pdfPageCount(pdf)).toBe(1);
	const lines = pdfLines(pdf).join('\n');
	const code = lines.match(onLines(REMOVAL))?.[0] ?? '';
	expect(code.replace(/\n/g, '')).toBe(REMOVAL);
	expect(code).toContain('\n');
	for (const gap of code.matchAll(/\n/g)) expect(code[(gap.index ?? 0) - 1]).toBe('-');
	expect(lines).toMatch(new RegExp(`^${USER_64.replace(/\./g, '\\.')}\\b`, 'm'));
	expect(lines).toMatch(/^@ugyfelkapu\.gov\.hu$/m);
});
