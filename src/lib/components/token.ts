/**
 * Where a code may wrap. Keys, törlőkódok, account names and links are copied letter by letter from screen
 * or paper, so a line break inside a group reads as two codes; they may wrap only where the reader sees a
 * natural seam. Token.svelte renders the chunks as unbreakable spans; this module only decides the seams.
 */

/** What is shown: a key (grouped in fours), a törlőkód, an account name (`user@domain`) or a web address. */
export type TokenKind = 'key' | 'removal-code' | 'account' | 'link';

/** One unbreakable piece. `space`: a space follows (the line may break there); otherwise, unless last, a silent break point. */
export type TokenChunk = { text: string; space: boolean };

/** Characters after which a törlőkód without spaces may wrap (hyphen and the dashes people type instead). */
const DASHES = /[-‐‑–—]/;

/** Splits `value` into chunks that may be wrapped only between each other (see TokenKind). */
export function splitToken(value: string, kind: TokenKind): TokenChunk[] {
	const text = value.trim();
	if (text === '') return [];
	switch (kind) {
		case 'key':
			return keyChunks(text);
		case 'removal-code':
			return removalChunks(text);
		case 'account':
			return words(text).flatMap((word) => splitBefore(word, /@/));
		case 'link':
			return words(text).flatMap((word) => linkChunks(word));
	}
}

/** The text the chunks show, exactly as a user copying it gets it. */
export function tokenText(chunks: readonly TokenChunk[]): string {
	return chunks.map((c, i) => (c.space && i < chunks.length - 1 ? `${c.text} ` : c.text)).join('');
}

/** The length in characters of the longest chunk: what must fit on one line. */
export function longestChunk(chunks: readonly TokenChunk[]): number {
	return chunks.reduce((max, c) => Math.max(max, [...c.text].length), 0);
}

// Whitespace-separated words; runs of spaces collapse to one, as the browser would show them anyway.
function words(text: string): string[] {
	return text.split(/\s+/).filter((w) => w !== '');
}

// Space-separated chunks from pieces of one word: only the word's last piece is followed by a space.
function asWord(pieces: string[]): TokenChunk[] {
	return pieces.map((p, i) => ({ text: p, space: i === pieces.length - 1 }));
}

function keyChunks(text: string): TokenChunk[] {
	const compact = [...text.replace(/\s+/g, '')];
	const groups: string[] = [];
	for (let i = 0; i < compact.length; i += 4) groups.push(compact.slice(i, i + 4).join(''));
	return groups.map((g) => ({ text: g, space: true }));
}

function removalChunks(text: string): TokenChunk[] {
	const parts = words(text);
	// Written with spaces: the spaces are the groups. Without: it may wrap after its hyphens, and the
	// renderer keeps it whole whenever it fits on its line.
	if (parts.length > 1) return parts.map((p) => ({ text: p, space: true }));
	return asWord(splitAfter(text, DASHES).map((c) => c.text));
}

function linkChunks(word: string): TokenChunk[] {
	const pieces: string[] = [];
	let current = '';
	const chars = [...word];
	chars.forEach((ch, i) => {
		// Before ? & # @ (the next part starts with its sign); after a / unless another / follows ("https://" stays whole).
		if (/[?&#@]/.test(ch) && current !== '') {
			pieces.push(current);
			current = '';
		}
		current += ch;
		if (ch === '/' && chars[i + 1] !== '/' && i < chars.length - 1) {
			pieces.push(current);
			current = '';
		}
	});
	if (current !== '') pieces.push(current);
	return asWord(pieces.flatMap(shortLinkPieces));
}

/** The longest piece of a link: longer ones (an encoded message, a long name) are cut, never shrunk to fit. */
export const LINK_PIECE_MAX = 16;

// A long piece of a link cut into pieces of at most LINK_PIECE_MAX characters (a longer single character stays
// whole), preferably before an escaped character once a piece has half that length, and never inside one: nobody
// types such a link letter by letter (the QR code and the copy button carry it), but it must stay readable at the
// page's own size.
function shortLinkPieces(piece: string): string[] {
	const chars = [...piece];
	if (chars.length <= LINK_PIECE_MAX) return [piece];
	const out: string[] = [];
	let current = '';
	let i = 0;
	while (i < chars.length) {
		// One character: a letter, or the escapes of one UTF-8 character (its lead byte and continuation bytes).
		// `size` counts code points, as `chars` does (a letter outside the BMP is one).
		let unit = chars[i]!;
		let size = 1;
		const escape = escapeAt(chars, i);
		if (escape) {
			unit = escape;
			size = 3;
			for (let next = escapeAt(chars, i + size); next && /^%[89AB]/i.test(next); next = escapeAt(chars, i + size)) {
				unit += next;
				size += 3;
			}
		}
		const length = [...current].length;
		const full = length + size > LINK_PIECE_MAX;
		if (current !== '' && (full || (escape !== null && length >= LINK_PIECE_MAX / 2))) {
			out.push(current);
			current = '';
		}
		current += unit;
		i += size;
	}
	if (current !== '') out.push(current);
	return out;
}

// The %XX escape starting at `i`, if one does.
function escapeAt(chars: string[], i: number): string | null {
	const text = chars.slice(i, i + 3).join('');
	return /^%[0-9A-F]{2}$/i.test(text) ? text : null;
}

// Pieces of one word cut before each match of `sign` (never leaving an empty piece).
function splitBefore(word: string, sign: RegExp): TokenChunk[] {
	const pieces: string[] = [];
	let current = '';
	for (const ch of word) {
		if (sign.test(ch) && current !== '') {
			pieces.push(current);
			current = '';
		}
		current += ch;
	}
	pieces.push(current);
	return asWord(pieces);
}

// Pieces of one word cut after each match of `sign` (the sign stays at the end of its line).
function splitAfter(word: string, sign: RegExp): TokenChunk[] {
	const pieces: string[] = [];
	let current = '';
	for (const ch of word) {
		current += ch;
		if (sign.test(ch)) {
			pieces.push(current);
			current = '';
		}
	}
	if (current !== '') pieces.push(current);
	return asWord(pieces);
}
