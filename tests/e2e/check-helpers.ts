import type { Locator, Page } from '@playwright/test';
import { RFC_KEY_TYPED } from './support/totp';

/** Opens the code check at `path` (Hungarian, or English under /en), shows the RFC key's code; returns the comparison. */
export async function openComparison(page: Page, path: string): Promise<Locator> {
	const en = path.startsWith('/en');
	await page.goto(path);
	await page.getByLabel(en ? 'Key' : 'Kulcs', { exact: true }).fill(RFC_KEY_TYPED);
	await page.getByRole('button', { name: en ? 'Show the code' : 'Kód mutatása' }).click();
	return page.getByRole('region', { name: en ? 'Check your phone' : 'Ellenőrizze a telefonját' });
}
