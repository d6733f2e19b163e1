import type { Page } from '@playwright/test';

/**
 * Answers the page's clock check (HEAD /robots.txt) as a server whose clock is `serverAheadMs` ahead of the page's
 * (fake) clock: 0 makes this device's clock right, -90_000 makes it 90 s fast.
 */
export async function serveTime(page: Page, serverAheadMs = 0): Promise<void> {
	await page.unroute('**/robots.txt');
	await page.route('**/robots.txt', async (route) => {
		const pageNow = await page.evaluate(() => Date.now());
		await route.fulfill({ status: 200, headers: { date: new Date(pageNow + serverAheadMs).toUTCString() }, body: '' });
	});
}
