import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { decodeImage, decodePixels, invert, scalesFor, type Pixels } from './decode-image';

const OFFICIAL =
	'otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B:minta123%40ugyfelkapu.gov.hu?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=%C3%9Cgyf%C3%A9lkapu%2B&algorithm=SHA1&digits=6&period=30';

/** Renders text as a QR code into RGBA pixels with `qrcode` (an encoder independent of the decoder under test). */
function render(text: string, scale = 6, margin = 4, noise = 0): Pixels {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const size = (modules.size + 2 * margin) * scale;
	const data = new Uint8ClampedArray(size * size * 4);
	// A fixed pseudo-random sequence, so the "photo noise" is the same on every run.
	let seed = 12345;
	const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 2 - 1;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const mx = Math.floor(x / scale) - margin;
			const my = Math.floor(y / scale) - margin;
			const dark = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size && modules.get(my, mx);
			const v = Math.max(0, Math.min(255, (dark ? 30 : 225) + random() * noise));
			data.set([v, v, v, 255], (y * size + x) * 4);
		}
	}
	return { width: size, height: size, data };
}

describe('decodePixels', () => {
	it('reads the official-style QR code', async () => {
		expect(await decodePixels(render(OFFICIAL))).toBe(OFFICIAL);
	});

	it('reads a noisy, low-contrast one (a phone photo of paper)', async () => {
		expect(await decodePixels(render(OFFICIAL, 5, 4, 60), { effort: 3, timeLimit: 1500 })).toBe(OFFICIAL);
	});

	it('reads a light-on-dark one', async () => {
		expect(await decodePixels(invert(render('https://example.com/')))).toBe('https://example.com/');
	});

	it('gives null for an image without a code', async () => {
		const blank = { width: 200, height: 200, data: new Uint8ClampedArray(200 * 200 * 4).fill(255) };
		expect(await decodePixels(blank)).toBeNull();
	});
});

describe('decodeImage', () => {
	it('reads raw pixels (ImageData-shaped)', async () => {
		const pixels = render(OFFICIAL) as unknown as ImageData;
		expect(await decodeImage(pixels)).toEqual({ ok: true, text: OFFICIAL });
	});
});

describe('scalesFor', () => {
	it.each([
		[4000, 3000, [0.4, 0.2]],
		[1000, 1000, [1]],
		[1200, 800, [1, 800 / 1200]],
		[300, 200, [1, 2]],
		[0, 0, []]
	])('%i×%i → %j', (w, h, expected) => {
		expect(scalesFor(w, h)).toEqual(expected);
	});
});
