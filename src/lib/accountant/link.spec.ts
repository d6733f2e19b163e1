import { describe, expect, it } from 'vitest';
import { contactFromUrl } from './contact.svelte';
import { buildClientLink, validateContact } from './link';

const contact = (name = '', phone = '', email = '') => ({ name, phone, email });

describe('validateContact', () => {
	const cases = [
		{ c: contact('Kiss Anna', '+36 1 234 5678', 'anna@pelda.hu'), want: [] },
		{ c: contact('Kiss Anna'), want: [] },
		{ c: contact('  '), want: [{ field: 'name', kind: 'missing' }] },
		{ c: contact('Kiss Anna', '36'), want: [{ field: 'phone', kind: 'invalid-phone' }] },
		{ c: contact('Kiss Anna', 'hívjon'), want: [{ field: 'phone', kind: 'invalid-phone' }] },
		{ c: contact('Kiss Anna', '', 'anna@pelda'), want: [{ field: 'email', kind: 'invalid-email' }] },
		{ c: contact('x'.repeat(121)), want: [{ field: 'name', kind: 'too-long' }] },
		{
			c: contact('', '12', 'nope'),
			want: [
				{ field: 'name', kind: 'missing' },
				{ field: 'phone', kind: 'invalid-phone' },
				{ field: 'email', kind: 'invalid-email' }
			]
		}
	];
	for (const { c, want } of cases) it(JSON.stringify(c), () => expect(validateContact(c)).toEqual(want));
});

describe('buildClientLink', () => {
	it('puts the contact in the query of the chosen page and language', () => {
		const link = buildClientLink(
			'https://segito.example',
			'en',
			'/ellenorzes',
			contact('Kiss Anna', '+36 1 234 5678', 'a@b.hu')
		);
		expect(link).toBe(
			'https://segito.example/en/ellenorzes?konyvelo=Kiss+Anna&telefon=%2B36+1+234+5678&email=a%40b.hu'
		);
	});
	it('uses the root for Hungarian and leaves out empty fields', () => {
		expect(buildClientLink('https://segito.example', 'hu', '/', contact('Kiss Anna'))).toBe(
			'https://segito.example/?konyvelo=Kiss+Anna'
		);
		expect(buildClientLink('https://segito.example', 'en', '/', contact('Kiss Anna'))).toBe(
			'https://segito.example/en?konyvelo=Kiss+Anna'
		);
	});
	it('round-trips through the reader the app uses on arrival, markup and all, as plain text', () => {
		const sent = contact('<script>alert(1)</script> & Társa Kft.', '06 30 123 4567', 'iroda@pelda.hu');
		const read = contactFromUrl(new URL(buildClientLink('https://segito.example', 'hu', '/', sent)));
		expect(read).toEqual(sent);
	});
	it('a link without contact gives no contact; control characters are removed', () => {
		expect(contactFromUrl(new URL('https://segito.example/'))).toBeNull();
		expect(contactFromUrl(new URL('https://segito.example/?konyvelo=A%0AB'))?.name).toBe('A B');
	});
});
