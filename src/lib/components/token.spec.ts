import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_PIECE_MAX, longestChunk, splitToken, tokenText, type TokenChunk, type TokenKind } from './token';

// Written as the reader should see the seams: "|" a silent break point, " " a space (also a break point).
function seams(chunks: TokenChunk[]): string {
	return chunks.map((c, i) => (i === chunks.length - 1 ? c.text : c.text + (c.space ? ' ' : '|'))).join('');
}

describe('splitToken', () => {
	it('groups a key in fours, whatever spacing it was typed with', () => {
		expect(seams(splitToken('JBSWY3DPEHPK3PXP', 'key'))).toBe('JBSW Y3DP EHPK 3PXP');
		expect(seams(splitToken(' jbsw y3 dpeh pk3pxp ', 'key'))).toBe('jbsw y3dp ehpk 3pxp');
		expect(seams(splitToken('AB12CD34EF56', 'key'))).toBe('AB12 CD34 EF56');
		expect(seams(splitToken('ABCDEFGHIJKLMNOPQ', 'key'))).toBe('ABCD EFGH IJKL MNOP Q');
	});

	it('splits a törlőkód only at its spaces when it has any', () => {
		expect(seams(splitToken('K7QX-92MB RT4Z', 'removal-code'))).toBe('K7QX-92MB RT4Z');
		expect(seams(splitToken('1234  5678   9012', 'removal-code'))).toBe('1234 5678 9012');
	});

	it('lets a törlőkód without spaces wrap only after its hyphens', () => {
		expect(seams(splitToken('TK-8842-1937-5520-7781-3364', 'removal-code'))).toBe('TK-|8842-|1937-|5520-|7781-|3364');
		expect(seams(splitToken('K7QX92MBRT4Z', 'removal-code'))).toBe('K7QX92MBRT4Z');
		expect(seams(splitToken('AB-', 'removal-code'))).toBe('AB-');
	});

	it('lets an account name wrap only before its @', () => {
		expect(seams(splitToken('minta123@ugyfelkapu.gov.hu', 'account'))).toBe('minta123|@ugyfelkapu.gov.hu');
		expect(seams(splitToken('@ugyfelkapu.gov.hu', 'account'))).toBe('@ugyfelkapu.gov.hu');
	});

	it('lets a link wrap after its slashes and before ? & # @, never inside "//"', () => {
		expect(seams(splitToken('https://example.hu/konyveloknek?a=1&b=2#x', 'link'))).toBe(
			'https://|example.hu/|konyveloknek|?a=1|&b=2|#x'
		);
		expect(seams(splitToken('http://localhost:4173', 'link'))).toBe('http://|localhost:4173');
		expect(seams(splitToken('https://a.hu/', 'link'))).toBe('https://|a.hu/');
	});

	it('cuts a long piece of a link, before an escaped character where it can, never inside one', () => {
		// "%C3%9C" is one letter (Ü) written as two escapes: it stays whole.
		expect(seams(splitToken('https://a.hu/#uzenet=Kedves%20%C3%9Cgyfelem!%20K%C3%A9rem', 'link'))).toBe(
			'https://|a.hu/|#uzenet=Kedves|%20%C3%9Cgyfelem|!%20K%C3%A9rem'
		);
		expect(seams(splitToken('https://a.hu/#x=12345678%C3%A9%C3%A9%C3%A9%C3%A9', 'link'))).toBe(
			'https://|a.hu/|#x=12345678|%C3%A9%C3%A9|%C3%A9%C3%A9'
		);
		expect(seams(splitToken('https://a.hu/#abcdefghijklmnopqrstuvwxyz0123456789', 'link'))).toBe(
			'https://|a.hu/|#abcdefghijklmno|pqrstuvwxyz01234|56789'
		);
		// A letter outside the BMP is one character: nothing after it is lost.
		expect(seams(splitToken('https://a.hu/#abcdefghijklm😀xyz1234567890', 'link'))).toBe(
			'https://|a.hu/|#abcdefghijklm😀x|yz1234567890'
		);
		// A lone % or a broken escape is text like any other.
		expect(seams(splitToken('https://a.hu/#abcdefghijklmn%2', 'link'))).toBe('https://|a.hu/|#abcdefghijklmn%|2');
	});

	it('never leaves a link piece longer than LINK_PIECE_MAX characters unless one character is longer', () => {
		const piece = fc.string({ unit: fc.constantFrom('a', '%', 'C', '3', 'A', '9', '2', '0', '=', 'ő', '😀') });
		fc.assert(
			fc.property(piece, (tail) => {
				const chunks = splitToken(`https://a.hu/#${tail}`, 'link');
				expect(tokenText(chunks)).toBe(`https://a.hu/#${tail}`.trim());
				for (const c of chunks) if ([...c.text].length > LINK_PIECE_MAX) expect(c.text).toMatch(/^(%[0-9A-F]{2})+$/i);
			})
		);
	});

	it('gives nothing for an empty or blank value', () => {
		expect(splitToken('', 'key')).toEqual([]);
		expect(splitToken('   ', 'removal-code')).toEqual([]);
	});
});

describe('tokenText and longestChunk', () => {
	it('read back the shown text and the widest piece', () => {
		expect(longestChunk(splitToken('TK-8842-1937-5520', 'removal-code'))).toBe(5);
		expect(longestChunk(splitToken('minta123@ugyfelkapu.gov.hu', 'account'))).toBe(18);
		expect(tokenText(splitToken('TK-8842-1937-5520', 'removal-code'))).toBe('TK-8842-1937-5520');
		expect(tokenText(splitToken('jbswy3dpehpk3pxp', 'key'))).toBe('jbsw y3dp ehpk 3pxp');
	});
});

describe('splitToken on any input', () => {
	const kinds: TokenKind[] = ['removal-code', 'account', 'link'];
	const text = fc.string({ unit: fc.constantFrom('a', 'Z', '7', '-', '@', '/', '?', '&', '#', ' ', '\t', 'ő', '–') });

	it('shows exactly the value (spaces collapsed), in non-empty pieces with no space inside', () => {
		fc.assert(
			fc.property(text, fc.constantFrom(...kinds), (value, kind) => {
				const chunks = splitToken(value, kind);
				expect(tokenText(chunks)).toBe(value.trim().replace(/\s+/g, ' '));
				for (const c of chunks) {
					expect(c.text).not.toBe('');
					expect(c.text).not.toMatch(/\s/);
				}
			}),
			{ numRuns: 2000 }
		);
	});

	it('breaks a key only between groups of four', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('A', '2', '7', ' ') }), (value) => {
				const chunks = splitToken(value, 'key');
				expect(chunks.map((c) => c.text).join('')).toBe(value.replace(/\s/g, ''));
				chunks.forEach((c, i) => {
					expect(c.space).toBe(true);
					if (i < chunks.length - 1) expect(c.text).toHaveLength(4);
				});
			}),
			{ numRuns: 2000 }
		);
	});

	it('breaks an account only before an @ and a spaceless törlőkód only after a hyphen', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', '1', '-', '@', '.') }), (value) => {
				const account = splitToken(value, 'account');
				account.slice(1).forEach((c) => expect(c.text.startsWith('@')).toBe(true));
				const code = splitToken(value, 'removal-code');
				code.slice(0, -1).forEach((c) => expect(c.text.endsWith('-')).toBe(true));
				code.forEach((c) => expect(c.text.slice(0, -1)).not.toContain('-'));
			}),
			{ numRuns: 2000 }
		);
	});
});
