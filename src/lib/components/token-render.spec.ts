import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Token from './Token.svelte';

// The component's markup, rendered on the server as the prerendered pages are: the pieces ([…]) and what lies
// between them (a space, or | for a silent break point) are read back from the HTML.
function pieces(html: string): string {
	const token = html.match(/<span class="token[^"]*"[^>]*>([\s\S]*)<\/span>/)?.[1] ?? '';
	return token
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<span class="chunk[^"]*">([^<]*)<\/span>/g, '[$1]')
		.replace(/<wbr\s*\/?>/g, '|');
}

describe('Token', () => {
	it('puts a silent break point before the @ of an account name and nothing else', () => {
		const { body } = render(Token, { props: { value: 'minta123@ugyfelkapu.gov.hu', kind: 'account' } });
		expect(pieces(body)).toBe('[minta123]|[@ugyfelkapu.gov.hu]');
	});

	it('separates the groups of a key with real spaces, so a copy reads as shown', () => {
		const { body } = render(Token, { props: { value: 'JBSWY3DPEHPK3PXP', kind: 'key' } });
		expect(pieces(body)).toBe('[JBSW] [Y3DP] [EHPK] [3PXP]');
	});

	it('lets a törlőkód without spaces break only after its hyphens, and adds no invisible characters', () => {
		const { body } = render(Token, { props: { value: 'TK-8842-1937', kind: 'removal-code' } });
		expect(pieces(body)).toBe('[TK-]|[8842-]|[1937]');
		expect(body).not.toMatch(/\u200b|\u200c|\u200d|\u00ad|\u2060|&shy;|&#8203;/);
	});

	it('is a block by default and inline in a sentence when asked', () => {
		expect(render(Token, { props: { value: 'a', kind: 'link' } }).body).toMatch(/class="token mono block/);
		expect(render(Token, { props: { value: 'a', kind: 'link', inline: true } }).body).toMatch(
			/class="token mono inline/
		);
	});
});
