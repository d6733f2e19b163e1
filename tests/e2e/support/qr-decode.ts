import jsQR from 'jsqr';
import { expect, type Page } from '@playwright/test';

/** Decodes the QR image with this accessible name with jsQR (not the app's code), drawn on a canvas in the page. */
export async function decodeQr(page: Page, name: string): Promise<string | null> {
	const image = page.getByRole('img', { name });
	await expect(image).toBeVisible();
	const src = await image.getAttribute('src');
	const size = 400;
	const pixels = await page.evaluate(
		async ({ src, size }) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = size;
			canvas.height = size;
			const ctx = canvas.getContext('2d')!;
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, size, size);
			ctx.imageSmoothingEnabled = false;
			ctx.drawImage(img, 0, 0, size, size);
			return Array.from(ctx.getImageData(0, 0, size, size).data);
		},
		{ src: src!, size }
	);
	return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}
