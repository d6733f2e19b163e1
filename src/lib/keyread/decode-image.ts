/**
 * Finds the text of a QR code in an image or a camera frame, on this device only. The browser's own
 * BarcodeDetector is used where it exists; otherwise (and when it finds nothing) the small open-source decoder
 * `qr` (paulmillr/qr, ≈14 KiB gzip), which is downloaded only when this module is first used. Pixels live in
 * memory only: nothing here makes a URL, a file or a request, and every canvas and bitmap is released after use.
 */
import type { DecodeOpts } from 'qr/decode.js';

/** What can be read: a pasted or chosen file, a decoded bitmap, raw pixels. */
export type ImageSource = Blob | ImageBitmap | ImageData;

/** Outcome of reading one image. */
export type ImageDecodeResult = { ok: true; text: string } | { ok: false; reason: 'not-an-image' | 'no-code' };

/** RGBA pixels, the shape of a canvas ImageData. */
export type Pixels = { width: number; height: number; data: Uint8ClampedArray | Uint8Array };

type Detector = { detect(source: CanvasImageSource | ImageBitmap | ImageData): Promise<{ rawValue: string }[]> };
type DetectorClass = {
	new (options: { formats: string[] }): Detector;
	getSupportedFormats(): Promise<string[]>;
};

// Large phone photos are scaled down first: the code is rarely smaller than a tenth of the photo, and a 12-megapixel
// frame would cost ~50 MB of pixels and seconds of decoding on a cheap phone.
const MAX_SIDE = 1600;
const SMALL_SIDE = 800;
// A camera frame is decoded many times a second: smaller and with a short time budget.
const FRAME_SIDE = 960;

let native: Promise<Detector | null> | null = null;

/** The browser's QR detector, or null where there is none (Firefox, desktop Chrome on Linux and Windows). */
function nativeDetector(): Promise<Detector | null> {
	native ??= (async () => {
		try {
			const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
			if (!Detector) return null;
			const formats = await Detector.getSupportedFormats();
			return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
		} catch {
			return null;
		}
	})();
	return native;
}

let jsDecoder: Promise<typeof import('qr/decode.js').default> | null = null;
function loadJsDecoder() {
	jsDecoder ??= import('qr/decode.js').then((m) => m.default);
	return jsDecoder;
}

async function detectNative(source: CanvasImageSource | ImageBitmap | ImageData): Promise<string | null> {
	const detector = await nativeDetector();
	if (!detector) return null;
	try {
		const codes = await detector.detect(source);
		return codes.find((c) => c.rawValue !== '')?.rawValue ?? null;
	} catch {
		return null;
	}
}

/** Light-on-dark copy, for codes printed or shown in inverted colours. */
export function invert(pixels: Pixels): Pixels {
	const data = new Uint8ClampedArray(pixels.data.length);
	for (let i = 0; i < data.length; i += 4) {
		data[i] = 255 - (pixels.data[i] ?? 0);
		data[i + 1] = 255 - (pixels.data[i + 1] ?? 0);
		data[i + 2] = 255 - (pixels.data[i + 2] ?? 0);
		data[i + 3] = 255;
	}
	return { width: pixels.width, height: pixels.height, data };
}

/** Decodes RGBA pixels with the JS decoder (as they are, then inverted); null when no code is found. */
export async function decodePixels(pixels: Pixels, opts: DecodeOpts = {}): Promise<string | null> {
	const decodeQR = await loadJsDecoder();
	for (const attempt of [pixels, null]) {
		try {
			// The decoder throws when it finds no code: that is an ordinary miss here.
			return decodeQR(attempt ?? invert(pixels), opts);
		} catch {
			// Next attempt.
		}
	}
	return null;
}

type Drawable = ImageBitmap | HTMLVideoElement;

function isPixels(source: unknown): source is Pixels {
	return typeof source === 'object' && source !== null && 'data' in source;
}

function sizeOf(source: Drawable): { width: number; height: number } {
	if (typeof HTMLVideoElement !== 'undefined' && source instanceof HTMLVideoElement)
		return { width: source.videoWidth, height: source.videoHeight };
	return { width: (source as ImageBitmap).width, height: (source as ImageBitmap).height };
}

/** Draws the source scaled to `scale` and returns its pixels; the canvas is emptied right after. */
function pixelsAt(source: Drawable, scale: number): Pixels | null {
	const { width: w, height: h } = sizeOf(source);
	const width = Math.max(1, Math.round(w * scale));
	const height = Math.max(1, Math.round(h * scale));
	const canvas =
		typeof OffscreenCanvas !== 'undefined'
			? new OffscreenCanvas(width, height)
			: Object.assign(document.createElement('canvas'), { width, height });
	const ctx = canvas.getContext('2d', { willReadFrequently: true }) as
		OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
	if (!ctx) return null;
	try {
		// White behind transparent screenshots: a transparent pixel reads as black and would hide the code.
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, width, height);
		// Enlarged tiny codes stay crisp; reduced photos are smoothed, which removes sensor noise.
		ctx.imageSmoothingEnabled = scale < 1;
		ctx.drawImage(source, 0, 0, width, height);
		return ctx.getImageData(0, 0, width, height);
	} catch {
		return null;
	} finally {
		canvas.width = 0;
		canvas.height = 0;
	}
}

/** The scales worth trying for a still image of this size: reduced for photos, enlarged for tiny screenshots. */
export function scalesFor(width: number, height: number): number[] {
	const side = Math.max(width, height);
	if (!(side > 0)) return [];
	const scales = [Math.min(1, MAX_SIDE / side)];
	if (side > SMALL_SIDE * 1.25) scales.push(SMALL_SIDE / side);
	if (side < SMALL_SIDE / 1.5) scales.push(2);
	return scales;
}

// Still images get a generous budget: the user is waiting for this one image, once.
const STILL: DecodeOpts = { effort: 3, timeLimit: 1500 };

async function decodeBitmap(bitmap: ImageBitmap | ImageData): Promise<string | null> {
	const found = await detectNative(bitmap);
	if (found !== null) return found;
	if (isPixels(bitmap)) return decodePixels(bitmap, STILL);
	for (const scale of scalesFor(bitmap.width, bitmap.height)) {
		const pixels = pixelsAt(bitmap, scale);
		if (!pixels) continue;
		const text = await decodePixels(pixels, STILL);
		if (text !== null) return text;
	}
	return null;
}

/** Reads the QR code in a pasted or chosen image; never throws. */
export async function decodeImage(source: ImageSource): Promise<ImageDecodeResult> {
	let bitmap: ImageBitmap | ImageData;
	let owned = false;
	try {
		if (source instanceof Blob) {
			bitmap = await createImageBitmap(source);
			owned = true;
		} else bitmap = source;
	} catch {
		return { ok: false, reason: 'not-an-image' };
	}
	try {
		const text = await decodeBitmap(bitmap);
		return text === null ? { ok: false, reason: 'no-code' } : { ok: true, text };
	} catch {
		return { ok: false, reason: 'no-code' };
	} finally {
		if (owned) (bitmap as ImageBitmap).close();
	}
}

/** Reads the QR code in the current frame of a playing camera video; null when there is none (yet). */
export async function decodeVideoFrame(video: HTMLVideoElement): Promise<string | null> {
	if (video.readyState < 2 || video.videoWidth === 0) return null;
	try {
		const found = await detectNative(video);
		if (found !== null) return found;
		const pixels = pixelsAt(video, Math.min(1, FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight)));
		// A short budget: the next frame comes soon, and the page must stay responsive.
		return pixels ? await decodePixels(pixels, { timeLimit: 60 }) : null;
	} catch {
		return null;
	}
}
