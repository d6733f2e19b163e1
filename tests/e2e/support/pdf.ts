import { inflateSync } from 'node:zlib';

/* Reading Chromium's PDFs (page.pdf) without a PDF library: enough for page counts and the text on a page. */

/** Collapses runs of whitespace (PDF text comes line by line). */
export function collapse(text: string): string {
	return text.replace(/\s+/g, ' ');
}

/** Pages in a PDF: the /Type /Page objects (not the /Pages tree). */
export function pdfPageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * The text of a Chromium PDF: content streams are inflated and each glyph id is mapped back to text
 * through the ToUnicode map of the font selected by the preceding Tf.
 */
export function pdfText(pdf: Buffer): string {
	const src = pdf.toString('latin1');
	const streams = new Map<string, string>();
	// (?!endobj) keeps a match inside one object, so each stream is filed under its own object number.
	const objRe = /(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g;
	for (let m = objRe.exec(src); m; m = objRe.exec(src)) {
		const start = m.index + m[0].length;
		const raw = pdf.subarray(start, src.indexOf('endstream', start));
		try {
			streams.set(m[1], (/FlateDecode/.test(m[2]) ? inflateSync(raw) : raw).toString('latin1'));
		} catch {
			// not a stream we need (e.g. a truncated image)
		}
	}
	const toUnicodeOf = new Map<string, string>();
	for (const m of src.matchAll(/(\d+) 0 obj\s*<<\/Type \/Font\s[^>]*?\/ToUnicode (\d+) 0 R/g))
		toUnicodeOf.set(m[1], m[2]);
	const fonts = new Map<string, Map<string, string>>();
	for (const dict of src.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
		for (const f of dict[1].matchAll(/\/(\S+) (\d+) 0 R/g)) {
			const cmap = streams.get(toUnicodeOf.get(f[2]) ?? '');
			if (cmap) fonts.set(f[1], parseCmap(cmap));
		}
	}
	let text = '';
	for (const content of streams.values()) {
		if (!/\bBT\b/.test(content)) continue;
		let font = new Map<string, string>();
		for (const t of content.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\b(BT|ET)\b/g)) {
			if (t[1]) font = fonts.get(t[1]) ?? new Map();
			else if (t[2] !== undefined) for (const g of t[2].match(/.{4}/g) ?? []) text += font.get(g.toUpperCase()) ?? '';
			else text += '\n';
		}
	}
	return text;
}

function parseCmap(cmap: string): Map<string, string> {
	const map = new Map<string, string>();
	const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
	const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
	for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
		for (const p of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
			map.set(hex4(parseInt(p[1], 16)), utf16(p[2]));
	for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
		for (const p of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
			const [lo, hi, base] = [p[1], p[2], p[3]].map((h) => parseInt(h, 16));
			for (let g = lo; g <= hi; g++) map.set(hex4(g), String.fromCharCode(base + g - lo));
		}
	return map;
}
