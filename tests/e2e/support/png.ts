import jsQR from 'jsqr';
import { inflateSync } from 'node:zlib';

/** A minimal PNG decoder: 8-bit RGB or RGBA, not interlaced (what Chromium screenshots are). */
export function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
	let pos = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	const idat: Buffer[] = [];
	while (pos < png.length) {
		const length = png.readUInt32BE(pos);
		const type = png.toString('latin1', pos + 4, pos + 8);
		const data = png.subarray(pos + 8, pos + 8 + length);
		if (type === 'IHDR') {
			width = data.readUInt32BE(0);
			height = data.readUInt32BE(4);
			const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
			if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error('unsupported PNG');
			channels = colour === 6 ? 4 : 3;
		} else if (type === 'IDAT') idat.push(data);
		else if (type === 'IEND') break;
		pos += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	const pixels = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		for (let x = 0; x < stride; x++) {
			const a = x >= channels ? pixels[y * stride + x - channels] : 0;
			const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
			const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
			let value = line[x];
			if (filter === 1) value += a;
			else if (filter === 2) value += b;
			else if (filter === 3) value += (a + b) >> 1;
			else if (filter === 4) {
				const p = a + b - c;
				const pa = Math.abs(p - a);
				const pb = Math.abs(p - b);
				const pc = Math.abs(p - c);
				value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
			}
			pixels[y * stride + x] = value & 0xff;
		}
	}
	const rgba = new Uint8ClampedArray(width * height * 4);
	for (let i = 0; i < width * height; i++) {
		rgba[i * 4] = pixels[i * channels];
		rgba[i * 4 + 1] = pixels[i * channels + 1];
		rgba[i * 4 + 2] = pixels[i * channels + 2];
		rgba[i * 4 + 3] = channels === 4 ? pixels[i * channels + 3] : 255;
	}
	return { width, height, rgba };
}

/** Decodes a QR code in a PNG screenshot with jsQR (not with the app's own code). */
export function decodeQrPng(png: Buffer): string | null {
	const { width, height, rgba } = decodePng(png);
	return jsQR(rgba, width, height)?.data ?? null;
}
