import type { Page } from '@playwright/test';
import { en, expect, ROUTES, test } from './fixtures';

// The narrowest phone screen in use (iPhone SE, small Androids): nothing may push the page sideways,
// even with the longest things a user can type.
test.use({ viewport: { width: 320, height: 640 } });

const LONG = {
	// A valid key of 32 base32 characters, so the pages show everything they derive from a key.
	key: 'JBSWY3DPEHPK3PXPGEZDGNBVGY3TQOJQ',
	// No spaces or hyphens: the hardest törlőkód to fit, 40 characters.
	removal: 'TK8842193755207781336490214455667788990A',
	username: 'nagyon.hosszu.felhasznalonev.egy.reszletesen.elnevezett.fiokhoz1',
	device: 'Nagyon-hosszu-eszkoznev-Samsung-GalaxyA5',
	search: 'ügyfélkapuplusztörlőkódelveszettakkormányablakbanmitkelltenniha'.repeat(5).slice(0, 300),
	other: 'Kiss-Nagy-Kovács-Szabó-Tóth-Horváth-Varga-Molnár-Németh-Farkas-X'
};

/** The value a field gets: the longest plausible input for what the field is for. */
function longValueFor(id: string, type: string): string {
	if (/key/.test(id)) return LONG.key;
	if (/removal/.test(id)) return LONG.removal;
	if (/username/.test(id)) return LONG.username;
	if (/device-name/.test(id)) return LONG.device;
	if (/device-code/.test(id)) return '123456';
	if (type === 'search') return LONG.search;
	if (type === 'email') return `${'kovacs.anna.konyvelo.iroda.budapest'.repeat(2).slice(0, 52)}@example.hu`;
	if (type === 'tel') return '+36 1 234 5678 / 123 mellék';
	return LONG.other;
}

// Types a long value into every visible, empty, writable text field, adds devices where the page keeps a
// list, then submits each visible form: what the page shows in answer must fit too.
async function fillEverything(page: Page): Promise<void> {
	for (let round = 0; round < 2; round++) {
		// By id, read once: adding devices removes the device field from the page part-way.
		const ids = await page
			.locator('main input:is([type=text],[type=search],[type=email],[type=tel],:not([type])):visible:not([readonly])')
			.evaluateAll((inputs) => inputs.map((input) => input.id));
		for (const id of ids) {
			const field = page.locator(`[id="${id}"]`);
			if (!(await field.isVisible()) || (await field.inputValue()) !== '') continue;
			const type = (await field.getAttribute('type')) ?? 'text';
			await field.fill(longValueFor(id, type));
			if (/device-name/.test(id) && id.startsWith('sheet')) {
				for (let i = 0; i < 6 && (await field.isVisible()); i++) {
					await field.fill(`${LONG.device.slice(0, 38)}${i}`);
					await field.press('Enter');
				}
			} else {
				await field.press('Tab');
			}
		}
		// A step's form moves on to the next step (checked on its own route); step 7's stays, refused by its gate.
		const movesOn = /beallitas\/(?!7$)\d$/.test(new URL(page.url()).pathname);
		// A submit may replace the form it belongs to (the code check folds the key): click only what is still there.
		for (const submit of movesOn ? [] : await page.locator('main form button[type=submit]:visible').all()) {
			if (await submit.isVisible()) await submit.click();
		}
		for (const toggle of await page.locator('main button[aria-expanded=false]:visible').all()) {
			await toggle.click();
		}
	}
}

/** Elements that reach past the right edge of the screen, to name the culprit when the check fails. */
async function sidewaysCulprits(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		return [...document.querySelectorAll('body *')]
			.filter(
				(el) =>
					el.getBoundingClientRect().right > width + 0.5 ||
					(el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible')
			)
			.slice(0, 8)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent?.slice(0, 40)}"`);
	});
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
	const sizes = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect(sizes.scroll, `scrolls sideways: ${(await sidewaysCulprits(page)).join(', ')}`).toBeLessThanOrEqual(
		sizes.client
	);
}

for (const route of ROUTES) {
	for (const path of [route, en(route)]) {
		test(`${path} does not scroll sideways at 320 px, even with long inputs`, async ({ page }) => {
			// The safety sheet's print button opens the print dialog; here it only has to return.
			await page.addInitScript(() => {
				window.print = () => {};
			});
			await page.goto(path);
			await expectNoSidewaysScroll(page);
			await fillEverything(page);
			await expectNoSidewaysScroll(page);
			// Step 5's account name and the sheet's preview show the long username without widening the page.
			if (/beallitas\/[45]$|biztonsagi-lap$|ellenorzes$/.test(path)) {
				await expect(page.getByText('@ugyfelkapu.gov.hu').first()).toBeVisible();
			}
		});
	}
}

// The long inputs above are refused by the accountant form, so its result (link, QR, letter buttons) is checked
// here with a valid form (a long word in a button label once widened the page here).
for (const [path, name, submit, mail] of [
	['/konyveloknek', 'Az Ön neve', 'Link elkészítése', 'Megnyitás e-mail-programban'],
	[en('/konyveloknek'), 'Your name', 'Make the link', 'Open in your e-mail program']
]) {
	test(`${path}: the finished link and its buttons fit at 320 px`, async ({ page }) => {
		await page.goto(path);
		await page.getByLabel(name, { exact: true }).fill('Kiss Anna');
		await page.getByRole('button', { name: submit }).click();
		await expect(page.getByRole('link', { name: mail })).toBeVisible();
		await expectNoSidewaysScroll(page);
	});
}
