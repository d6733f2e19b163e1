import { describe, expect, test } from 'vitest';
import { qrSvgDataUrl } from './qr';

describe('qrSvgDataUrl', () => {
	test('returns an SVG data URL with a white quiet zone and dark modules', async () => {
		const url = await qrSvgDataUrl('otpauth://totp/x?secret=GEZDGNBVGY3TQOJQ');
		expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
		const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
		expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).toContain('fill="#ffffff"');
		expect(svg).toContain('stroke="#000000"');
	});

	test('different texts give different codes', async () => {
		expect(await qrSvgDataUrl('a')).not.toBe(await qrSvgDataUrl('b'));
	});
});
