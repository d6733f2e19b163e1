import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { axeViolations, expect, test, waitForServiceWorker } from './fixtures';
import { expectNoSecretLeft, recordRequests } from './secrets';

// Built by hand from the Key URI Format in FACTS.md (percent-encoded issuer and account), not by the app.
const EXPECTED_URI =
	'otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B:minta123%40ugyfelkapu.gov.hu?secret=JBSWY3DPEHPK3PXP' +
	'&issuer=%C3%9Cgyf%C3%A9lkapu%2B&algorithm=SHA1&digits=6&period=30';
const TYPED_KEY = 'jbsw y3dp ehpk 3pxp';
const GROUPED_KEY = 'JBSW Y3DP EHPK 3PXP';
const REMOVAL_CODE = 'K7QX-92MB-RT4Z';
const ACCOUNT = 'minta123@ugyfelkapu.gov.hu';
const CONTACT_LINK = '/biztonsagi-lap?konyvelo=Kiss%20Anna&telefon=%2B36%201%20234%205678&email=anna%40example.hu';
// 3 March 2025, 10:00 in Budapest.
const SETUP_DAY = new Date('2025-03-03T10:00:00+01:00');

test.describe('safety sheet', () => {
	// Three device pixels per CSS pixel give the QR screenshot enough detail for the decoder.
	test.use({ deviceScaleFactor: 3 });

	test('a full sheet prints on one A4 page with the key, a QR code that scans, the törlőkód, and leaves no trace', async ({
		page,
		context,
		baseURL
	}) => {
		const sent = recordRequests(context);
		await page.clock.setFixedTime(SETUP_DAY);
		await page.goto(CONTACT_LINK);

		await expect(page.getByRole('heading', { level: 1, name: 'Biztonsági lap nyomtatása' })).toBeVisible();
		await expect(page.getByText('újratölti vagy bezárja az oldalt, törlődik')).toBeVisible();
		await page.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)').fill('minta123');
		await page.getByLabel('Kulcs (nem kötelező)').fill(TYPED_KEY);
		await page.getByLabel('Törlőkód (nem kötelező)').fill(REMOVAL_CODE);
		await page.getByLabel('Eszköz neve').fill('Saját Samsung telefon');
		await page.getByRole('button', { name: 'Eszköz hozzáadása' }).click();
		await page.getByLabel('Eszköz neve').fill('Irodai tablet');
		await page.getByLabel('Eszköz neve').press('Enter');
		await page.getByRole('button', { name: 'Eltávolítás: Irodai tablet' }).click();
		await expect(page.getByRole('list', { name: 'A lapra kerülő eszközök' }).getByRole('listitem')).toHaveCount(1);
		await expect(page.getByLabel('Kitől kérhet segítséget? (nem kötelező)')).toHaveValue(
			'Kiss Anna, +36 1 234 5678, anna@example.hu'
		);
		await expect(page.getByText('„Mentés PDF-ként”', { exact: false })).toBeVisible();

		// The on-screen preview shows what will be printed.
		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
		await expect(sheet).toContainText(GROUPED_KEY);
		await expect(sheet).toContainText(ACCOUNT);
		await expect(sheet).toContainText(REMOVAL_CODE);
		await expect(sheet).toContainText('2025. március 3.');
		await expect(sheet).toContainText('Saját Samsung telefon');
		await expect(sheet).not.toContainText('Irodai tablet');
		await expect(sheet).toContainText(`${baseURL}`);
		const qr = sheet.getByRole('img', { name: /QR-kód/ });
		await expect(qr).toBeVisible();

		// Print rendering: only the sheet is left.
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 794, height: 1123 });
		for (const hidden of [
			page.getByRole('banner'),
			page.getByRole('navigation'),
			page.getByRole('contentinfo'),
			page.getByRole('heading', { level: 1 }),
			page.getByLabel('Kulcs (nem kötelező)'),
			page.getByLabel('Törlőkód (nem kötelező)'),
			page.getByRole('button', { name: 'Nyomtatás' }),
			page.getByRole('button', { name: 'Eszköz hozzáadása' })
		]) {
			await expect(hidden).toBeHidden();
		}
		for (const text of [GROUPED_KEY, ACCOUNT, REMOVAL_CODE, 'Kiss Anna, +36 1 234 5678, anna@example.hu']) {
			await expect(sheet.getByText(text, { exact: true })).toBeVisible();
		}
		await expect(sheet.getByText('Tartsa elzárva! Ezzel a lappal és a jelszavával bárki be tud lépni')).toBeVisible();
		await expect(sheet.getByText('„UkapuReg”', { exact: false })).toBeVisible();

		// At least 35 mm wide on paper (96 CSS px per inch).
		const box = await qr.boundingBox();
		expect(box?.width ?? 0).toBeGreaterThanOrEqual((35 / 25.4) * 96);
		expect(decodeQr(await qr.screenshot())).toBe(EXPECTED_URI);

		const pdf = await page.pdf({ format: 'A4' });
		expect(pdfPageCount(pdf)).toBe(1);
		const text = collapse(pdfText(pdf));
		expect(text).toContain(GROUPED_KEY);
		expect(text).toContain(REMOVAL_CODE);
		expect(text).toContain(ACCOUNT);
		expect(text).toContain('2025. március 3.');
		await page.emulateMedia({ media: 'screen' });

		// Nothing outside this page's memory holds a secret.
		await expectNoSecretLeft(page, context, sent, [TYPED_KEY, REMOVAL_CODE]);

		// Printing offers to forget the codes; afterwards the sheet is empty again.
		await page.getByRole('button', { name: 'Nyomtatás' }).click();
		await page.getByRole('button', { name: 'Kódok elfelejtése' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'elfelejtettük' })).toBeVisible();
		await expect(page.getByLabel('Kulcs (nem kötelező)')).toHaveValue('');
		await expect(page.getByLabel('Törlőkód (nem kötelező)')).toHaveValue('');
		await expect(sheet).not.toContainText(GROUPED_KEY);
		await expect(sheet).not.toContainText(REMOVAL_CODE);
		await expect(sheet.getByRole('img')).toHaveCount(0);
		// Nothing left to lose, so leaving does not ask.
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.accept();
		});
		await page.getByRole('navigation').getByRole('link', { name: 'Kérdések' }).click();
		await expect(page).toHaveURL(/\/gyik$/);
		expect(dialogs).toEqual([]);
	});

	test('a mistyped key is explained next to its field, kept as typed, and never printed', async ({ page }) => {
		await page.goto('/biztonsagi-lap');
		const keyField = page.getByLabel('Kulcs (nem kötelező)');
		await keyField.fill('JBSW Y3DP EHPK 3PX0');
		await keyField.press('Tab');
		await expect(page.getByText('Ez a jel nem lehet benne: „0”.')).toBeVisible();
		await expect(page.getByText('„0” helyett valószínűleg „O” betűt kell írni.')).toBeVisible();
		await expect(keyField).toHaveValue('JBSW Y3DP EHPK 3PX0');
		await expect(keyField).toHaveAttribute('aria-invalid', 'true');
		await expect(keyField).toHaveAccessibleDescription(/Ez a jel nem lehet benne: „0”/);
		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
		await expect(sheet).not.toContainText('JBSW');
		await expect(sheet.getByRole('img')).toHaveCount(0);
		expect(await axeViolations(page)).toEqual([]);

		// Print is refused with an error summary whose link leads back to the field.
		await page.getByRole('button', { name: 'Nyomtatás' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText('Hiba van a beküldött adatokban');
		await summary.getByRole('link', { name: /Ez a jel nem lehet benne: „0”/ }).click();
		await expect(keyField).toBeFocused();
		await expect(page.getByRole('button', { name: 'Kódok elfelejtése' })).toHaveCount(0);

		await keyField.fill('JBSW Y3DP');
		await expect(page.getByText('A kulcs túl rövid: 8 jelből áll, de legalább 16 kell.').first()).toBeVisible();

		await keyField.fill('JBSW Y3DP EHPK 3PXO');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(keyField).not.toHaveAttribute('aria-invalid', 'true');
		await expect(sheet).toContainText('JBSW Y3DP EHPK 3PXO');
		await expect(sheet.getByRole('img', { name: /QR-kód/ })).toBeVisible();
	});

	test('the reduced sheet, in English, carries the törlőkód without the key or the QR code, and still fits one page', async ({
		page
	}) => {
		await page.clock.setFixedTime(SETUP_DAY);
		await page.goto('/en/biztonsagi-lap');
		await page.getByLabel('Ügyfélkapu username (optional)').fill('minta123');
		await page.getByLabel('Key (optional)').fill(TYPED_KEY);
		await page.getByLabel('Törlőkód (removal code, optional)').fill(REMOVAL_CODE);
		const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ safety sheet' });
		await expect(sheet.getByRole('img', { name: /QR code/ })).toBeVisible();
		await expect(sheet).toContainText('3 March 2025');

		await page.getByRole('radio', { name: 'The törlőkód only, without the key and QR code' }).check();
		await expect(page.getByText('Without the key on paper you cannot move your login to a new phone')).toBeVisible();
		await expect(page.getByLabel('Key (optional)')).toHaveCount(0);
		// A full list of devices is the longest sheet there can be.
		for (const name of ['Phone one', 'Phone two', 'Tablet', 'Old phone', 'Office PC', 'Spare phone']) {
			await page.getByLabel('Device name').fill(name);
			await page.getByRole('button', { name: 'Add device' }).click();
		}
		await expect(page.getByText('No more devices fit on the sheet')).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		await expect(sheet.getByText(REMOVAL_CODE, { exact: true })).toBeVisible();
		await expect(sheet.getByText('Keep it locked away! With the törlőkód and your password')).toBeVisible();
		await expect(sheet).not.toContainText('JBSW');
		await expect(sheet.getByRole('img')).toHaveCount(0);
		let pdf = await page.pdf({ format: 'A4' });
		expect(pdfPageCount(pdf)).toBe(1);
		expect(collapse(pdfText(pdf))).toContain(REMOVAL_CODE);
		expect(pdfText(pdf)).not.toMatch(/JBSW/);

		// With the box left for handwriting the törlőkód is not printed either.
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('checkbox', { name: 'Leave the törlőkód box empty; I will write it in by hand' }).check();
		await page.emulateMedia({ media: 'print' });
		await expect(sheet.getByText('Write the törlőkód here by hand.')).toBeVisible();
		pdf = await page.pdf({ format: 'A4' });
		expect(pdfPageCount(pdf)).toBe(1);
		expect(pdfText(pdf)).not.toContain(REMOVAL_CODE);
	});

	test('leaving a filled-in sheet that was not printed asks first', async ({ page }) => {
		const dialogs: string[] = [];
		await page.goto('/biztonsagi-lap');
		const code = page.getByLabel('Törlőkód (nem kötelező)');
		await code.fill(REMOVAL_CODE);

		// An in-app link: the user can stay.
		page.once('dialog', (d) => {
			dialogs.push(`${d.type()}: ${d.message()}`);
			void d.dismiss();
		});
		await page.getByRole('navigation').getByRole('link', { name: 'Kérdések' }).click();
		await expect.poll(() => dialogs.length).toBe(1);
		expect(dialogs[0]).toMatch(/^confirm: A biztonsági lapot még nem nyomtatta ki/);
		await expect(page).toHaveURL(/\/biztonsagi-lap$/);
		await expect(code).toHaveValue(REMOVAL_CODE);

		// The same sheet in English keeps everything, so it does not ask.
		await page.getByRole('link', { name: 'Switch to English' }).click();
		await expect(page).toHaveURL(/\/en\/biztonsagi-lap$/);
		await expect(page.getByLabel('Törlőkód (removal code, optional)')).toHaveValue(REMOVAL_CODE);
		expect(dialogs).toHaveLength(1);

		// Reloading would wipe the memory: the browser's own leave dialog comes up.
		page.once('dialog', (d) => {
			dialogs.push(d.type());
			void d.accept();
		});
		await page.reload();
		await expect.poll(() => dialogs.length).toBe(2);
		expect(dialogs[1]).toBe('beforeunload');
		await expect(page.getByLabel('Törlőkód (removal code, optional)')).toHaveValue('');
	});
});

test('the sheet and its QR code work without a network after one visit', async ({ page, context }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.getByRole('status').filter({ hasText: 'internet nélkül' })).toBeVisible();
	await context.setOffline(true);
	await page.goto('/biztonsagi-lap');
	await page.getByLabel('Kulcs (nem kötelező)').fill(TYPED_KEY);
	const sheet = page.getByRole('article', { name: 'Ügyfélkapu+ biztonsági lap' });
	await expect(sheet).toContainText(GROUPED_KEY);
	// The QR code library is fetched only now, from the offline cache.
	await expect(sheet.getByRole('img', { name: /QR-kód/ })).toBeVisible();
});

/** Collapses runs of whitespace (PDF text comes line by line). */
function collapse(text: string): string {
	return text.replace(/\s+/g, ' ');
}

/** Pages in a PDF: the /Type /Page objects (not the /Pages tree). */
function pdfPageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * The text of a Chromium PDF: content streams are inflated and each glyph id is mapped back to text
 * through the ToUnicode map of the font selected by the preceding Tf.
 */
function pdfText(pdf: Buffer): string {
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

/** Decodes a QR code in a PNG screenshot with jsQR (not with the app's own code). */
function decodeQr(png: Buffer): string | null {
	const { width, height, rgba } = decodePng(png);
	return jsQR(rgba, width, height)?.data ?? null;
}

/** A minimal PNG decoder: 8-bit RGB or RGBA, not interlaced (what Chromium screenshots are). */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
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
