/** Renders text as a QR code (SVG data URL); qrcode is imported on first use so pages without a QR never load it. */
export async function qrSvgDataUrl(text: string): Promise<string> {
	const QRCode = await import('qrcode');
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
	return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
}
