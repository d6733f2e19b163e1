import type { Locator, Page } from '@playwright/test';

/** Press Tab until the locator has focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`Tab did not reach ${target} within ${max} presses`);
}

/** Wait until the step page's script has started (it then takes over the "Kész, tovább" form). */
export async function stepReady(page: Page): Promise<void> {
	await page.locator('form[novalidate]').waitFor();
}
