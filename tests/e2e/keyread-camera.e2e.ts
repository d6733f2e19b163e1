import { axeViolations, expect, test } from './fixtures';
import {
	codeRegion,
	fakeCamera,
	liveTracks,
	OFFICIAL,
	openCheck,
	qrVideo,
	RFC_KEY,
	watchStreams
} from './keyread-helpers';
import { expectNoSecretLeft, recordRequests } from './secrets';

// Chromium's fake camera plays a video of the official-style QR code; its fake prompt allows the camera.
test.use({
	launchOptions: fakeCamera([
		'--use-fake-ui-for-media-stream',
		`--use-file-for-fake-video-capture=${qrVideo(OFFICIAL)}`
	])
});

test('after the explanation, scanning fills the key, shows the code and turns the camera off', async ({
	page,
	context
}) => {
	const sent = recordRequests(context);
	await watchStreams(page);
	await openCheck(page, 59);
	await page.getByRole('button', { name: 'Olvassa be inkább a QR-kódot' }).click();
	await page.getByRole('button', { name: 'Kamera használata' }).click();
	// The permission is explained before the browser asks for it; focus moves there, not to the top of the page.
	await expect(page.getByText('A böngésző megkérdezi, használhatja-e a segéd a kamerát')).toBeVisible();
	await expect(page.locator('.camera-view')).toBeFocused();
	expect(await liveTracks(page)).toBe(0);
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Bekapcsolom a kamerát' }).click();

	await expect(page.getByLabel('Kulcs', { exact: true })).toHaveValue(RFC_KEY);
	await expect(page.getByText('A kulcs beolvasva, és bekerült a mezőbe.')).toBeVisible();
	// From the camera there is no screenshot file to delete.
	await expect(page.getByText('Most törölje a képernyőképet')).toHaveCount(0);
	await expect(codeRegion(page)).toContainText('287 082');
	expect(await page.evaluate(() => (window as unknown as { streams: MediaStream[] }).streams.length)).toBe(1);
	expect(await liveTracks(page)).toBe(0);
	await expectNoSecretLeft(page, context, sent, [RFC_KEY]);
});
