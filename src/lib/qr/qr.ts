/**
 * QR codes as SVG data URLs. `qrcode` is imported on first use only, so pages that never show a QR code
 * (and the first visit of the pages that do) do not download it.
 */

/** Renders `text` as an SVG QR code (error correction M, 4-module quiet zone) and returns a `data:image/svg+xml` URL for an <img>. */
export async function qrSvgDataUrl(text: string): Promise<string> {
	const QRCode = await import('qrcode');
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
	// An <img> with a data URL needs no {@html} and is allowed by the CSP (img-src data:).
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
