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
	const { streams, fonts } = readPdf(pdf);
	let text = '';
	for (const content of streams.values()) {
		if (!/\bBT\b/.test(content)) continue;
		let font = new Map<string, string>();
		for (const t of content.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\b(BT|ET)\b/g)) {
			if (t[1]) font = fonts.get(t[1]) ?? new Map();
			else if (t[2] !== undefined) text += glyphs(t[2], font);
			else text += '\n';
		}
	}
	return text;
}

/**
 * The text of a one-page Chromium PDF as it is laid out, line by line from the top: Chromium draws each
 * styled piece of text as its own run, so runs on the same baseline are joined, with a space only where
 * the gap before a run is wider than a letter. This is what a reader sees as one line on paper.
 */
export function pdfLines(pdf: Buffer): string[] {
	const { streams, fonts } = readPdf(pdf);
	type Run = { x: number; y: number; text: string; lastX: number; step: number };
	const runs: Run[] = [];
	for (const content of streams.values()) {
		if (!/\bBT\b/.test(content)) continue;
		let font = new Map<string, string>();
		let size = 10;
		let run: Run | null = null;
		let moves = 0;
		const ops =
			/\/(\S+)\s+([\d.]+)\s+Tf|(?:[-\d.]+\s+){4}([-\d.]+)\s+([-\d.]+)\s+Tm|([-\d.]+)\s+[-\d.]+\s+Td|<([0-9A-Fa-f]*)>\s*Tj|\b(ET)\b/g;
		for (const t of content.matchAll(ops)) {
			if (t[1]) {
				font = fonts.get(t[1]) ?? new Map();
				size = Number(t[2]);
			} else if (t[3] !== undefined) {
				run = { x: Number(t[3]), y: Number(t[4]), text: '', lastX: Number(t[3]), step: size * 0.6 };
				moves = 0;
				runs.push(run);
			} else if (t[5] !== undefined && run) {
				run.lastX += Number(t[5]);
				moves++;
				run.step = (run.lastX - run.x) / moves;
			} else if (t[6] !== undefined && run) run.text += glyphs(t[6], font);
			else if (t[7]) run = null;
		}
	}
	const rows = new Map<number, Run[]>();
	for (const r of runs) {
		const y = [...rows.keys()].find((k) => Math.abs(k - r.y) < 2) ?? r.y;
		rows.set(y, [...(rows.get(y) ?? []), r]);
	}
	return [...rows.entries()]
		.sort(([a], [b]) => a - b)
		.map(([, row]) =>
			row
				.sort((a, b) => a.x - b.x)
				.reduce((line, r, i) => {
					const gap = i > 0 && r.x - row[i - 1].lastX > 1.6 * row[i - 1].step;
					return line + (gap && !line.endsWith(' ') && !r.text.startsWith(' ') ? ' ' : '') + r.text;
				}, '')
		);
}

function glyphs(hex: string, font: Map<string, string>): string {
	return (hex.match(/.{4}/g) ?? []).map((g) => font.get(g.toUpperCase()) ?? '').join('');
}

// Inflated streams by object number, and each font's glyph-to-text map by its resource name.
function readPdf(pdf: Buffer): { streams: Map<string, string>; fonts: Map<string, Map<string, string>> } {
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
	return { streams, fonts };
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
