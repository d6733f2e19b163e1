import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayCarryLink } from './contact.svelte';
import {
	buildLink,
	capCharacters,
	cleanText,
	contactFromStored,
	LIMITS,
	mailtoHref,
	parseLink,
	safeDecode,
	searchWithoutLegacy,
	telHref,
	validateForm,
	validPhone,
	type LinkArrival,
	type LinkForm
} from './link-params';

// The oracle is written independently of the code: the characters the issue forbids, listed by hand.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const FORBIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF\u200B]/;
const seg = new Intl.Segmenter(undefined);
const count = (s: string) => [...seg.segment(s)].length;

/** Throws unless everything a parse returned is validated text within its limits (plain checks: this runs 100 000×). */
function assertValidated(arrival: LinkArrival) {
	const fail = (why: string) => {
		throw new Error(`${why}: ${JSON.stringify(arrival)}`);
	};
	if (arrival.path !== null && !['uj', 'masodik', 'elveszett', 'ellenorzes'].includes(arrival.path)) fail('path');
	const c = arrival.contact;
	if (!c) return;
	if (!c.name && !c.office) fail('nobody named');
	for (const field of ['name', 'office', 'phone', 'email', 'message'] as const) {
		const value = c[field];
		if (typeof value !== 'string') fail(`${field} not text`);
		if (FORBIDDEN.test(value)) fail(`${field} has a forbidden character`);
		// A lone surrogate (half a character) is not well-formed text.
		if (!value.isWellFormed()) fail(`${field} has half a character`);
		if (value.length > LIMITS[field] * 8 || count(value) > LIMITS[field]) fail(`${field} too long`);
		if (field !== 'message' && value.includes('\n')) fail(`${field} has a line break`);
		if (value !== value.trim()) fail(`${field} not trimmed`);
	}
	// Phone: digits and separators only, 8–15 digits; e-mail: one @, no ?, no whitespace.
	if (c.phone) {
		if (!/^\+?[0-9][0-9 ()./-]*$/.test(c.phone)) fail('phone');
		if (!/^tel:\+?[0-9]{8,15}$/.test(telHref(c.phone))) fail('tel:');
	}
	if (c.email) {
		if (c.email.split('@').length !== 2 || /[?\s%&#:]/.test(c.email)) fail('email');
		if (mailtoHref(c.email) !== `mailto:${c.email}`) fail('mailto:');
	}
}

const PAYLOADS = [
	'<img src=x onerror=alert(1)>',
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'"><svg onload=alert(1)>',
	'\u202Eazonosito\u202C NAV',
	'\u2066\u2067\u2068x\u2069',
	'\u200E\u200F\u061C',
	'a%0Acc%3Aevil@x.hu',
	'x@y.hu?cc=z@w.hu',
	'%E0%A4%A',
	'%',
	'%%%41',
	'%C3%28',
	'%ED%A0%80',
	'\uD800',
	'\uDC00x',
	'NAV ügyintéző',
	'+36 1 234 5678',
	'anna@pelda.hu',
	'06 30 123 4567'
];
const NAMES = ['nev', 'iroda', 'tel', 'email', 'uzenet', 'ut', 'kulcs', 'key', 'torlokod', 'jelszo', 'password', 'x'];

const anyText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 60 }),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom(...PAYLOADS),
	fc.stringMatching(/^[%0-9A-Fa-fZz&=#+]{0,30}$/)
);
const pairs = fc.array(fc.tuple(fc.constantFrom(...NAMES), anyText), { maxLength: 10 });
const encodeOrKeep = (v: string) => {
	try {
		return encodeURIComponent(v);
	} catch {
		return v; // a lone surrogate cannot be encoded: it goes in raw
	}
};
const raw = (ps: [string, string][], encode: boolean) =>
	ps.map(([n, v]) => `${n}=${encode ? encodeOrKeep(v) : v}`).join('&');

describe('parseLink — properties', () => {
	it('never throws and returns only validated text, for any string as fragment and query (40 000 runs)', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 200 }),
				fc.string({ unit: 'binary', maxLength: 80 }),
				(h, q) => {
					for (const [hash, search] of [
						[h, q],
						['#nev=' + h, q]
					]) {
						const arrival = parseLink(hash, search);
						assertValidated(arrival);
						// The layout downloads the parser only where the cheap test says so: it must never miss a link.
						if (arrival.hadParams) expect(mayCarryLink(hash, search)).toBe(true);
					}
				}
			),
			{ numRuns: 40_000 }
		);
	}, 60_000);

	it('HTML, scripts, bidi overrides, duplicates and broken encoding, raw and encoded (30 000 runs)', () => {
		fc.assert(
			fc.property(pairs, fc.boolean(), (ps, encode) => {
				const arrival = parseLink('#' + raw(ps, encode), '');
				assertValidated(arrival);
				if (arrival.hadParams) expect(mayCarryLink('#' + raw(ps, encode), '')).toBe(true);
				// Duplicates: the first value of a name decides.
				const firstPath = ps.find(([n]) => n === 'ut');
				if (firstPath && encode && !/[&=#]/.test(firstPath[1])) {
					const expected = ['uj', 'masodik', 'elveszett', 'ellenorzes'].includes(firstPath[1].trim().toLowerCase())
						? firstPath[1].trim().toLowerCase()
						: null;
					expect(arrival.path).toBe(expected);
				}
				// The old query format is read too, and is just as safe.
				assertValidated(
					parseLink(
						'',
						'?' +
							raw(
								ps.map(([n, v]) => [n === 'nev' ? 'konyvelo' : n, v]),
								encode
							)
					)
				);
			}),
			{ numRuns: 30_000 }
		);
	}, 60_000);

	it('a link never carries a key, törlőkód or password into the contact (10 000 runs)', () => {
		fc.assert(
			fc.property(
				fc.stringMatching(/^[A-Z2-7]{16,32}$/),
				fc.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$|^[0-9]{10,16}$/),
				fc.constantFrom('kulcs', 'key', 'secret', 'torlokod', 'jelszo', 'password', 'otpauth'),
				(key, code, name) => {
					const arrival = parseLink(`#nev=Kiss%20Anna&${name}=${key}&torlokod=${code}&jelszo=${code}`, '');
					expect(JSON.stringify(arrival)).not.toContain(key);
					expect(JSON.stringify(arrival)).not.toContain(code);
					expect(arrival.contact?.name).toBe('Kiss Anna');
				}
			),
			{ numRuns: 10_000 }
		);
	}, 60_000);

	it('builds links that read back as what was typed, cleaned (20 000 runs)', () => {
		const form = fc.record({
			name: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), fc.constantFrom(...PAYLOADS)),
			office: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 30 })),
			phone: fc.oneof(fc.constant(''), fc.stringMatching(/^\+?[0-9]{2}( [0-9]{3}){2,3}$/)),
			email: fc.oneof(fc.constant(''), fc.constantFrom('anna@pelda.hu', 'a.b+c@iroda.example.com')),
			message: fc.string({ unit: 'grapheme', maxLength: 120 }),
			lang: fc.constantFrom('hu' as const, 'en' as const),
			path: fc.constantFrom('uj' as const, 'masodik' as const, 'elveszett' as const, 'ellenorzes' as const)
		});
		fc.assert(
			fc.property(form, (f: LinkForm) => {
				const link = buildLink('https://segito.example', f);
				const url = new URL(link);
				// Fragment only: nothing in the query, the language in the path.
				expect(url.search).toBe('');
				expect(url.pathname).toBe(f.lang === 'en' ? '/en' : '/');
				// No empty parameters, no raw space or non-ASCII character in the link.
				expect(link).not.toMatch(/=(&|$)/);
				expect(link).toMatch(/^[\x21-\x7E]+$/);
				const back = parseLink(url.hash, url.search);
				const expected = {
					name: cleanText(f.name, LIMITS.name),
					office: cleanText(f.office, LIMITS.office),
					phone: f.phone,
					email: f.email,
					message: cleanText(f.message, LIMITS.message, true)
				};
				expect(back.path).toBe(f.path);
				if (expected.name || expected.office) expect(back.contact).toEqual(expected);
				else expect(back.contact).toBeNull();
			}),
			{ numRuns: 20_000 }
		);
	}, 60_000);

	it('100 kB values are capped quickly on whole characters', () => {
		fc.assert(
			fc.property(fc.constantFrom('é', 'e\u0301', '👨‍👩‍👧', '\u202E', 'a', '🇭🇺', 'x\u0300\u0301\u0302'), (unit) => {
				const big = unit.repeat(Math.ceil(100_000 / unit.length));
				const started = performance.now();
				const arrival = parseLink(`#nev=${encodeURIComponent(big)}&uzenet=${encodeURIComponent(big)}`, '');
				expect(performance.now() - started).toBeLessThan(500);
				assertValidated(arrival);
				if (arrival.contact) {
					// Only whole repetitions of the character survive.
					expect(arrival.contact.message.split(unit).join('')).toBe('');
				}
			}),
			{ numRuns: 30 }
		);
	});
});

describe('parseLink — examples', () => {
	it('reads the fragment, ignoring unknown and secret-looking names', () => {
		const a = parseLink(
			'#nev=Kiss%20Anna&iroda=P%C3%A9lda%20Kft.&tel=%2B36%201%20234%205678&email=anna@pelda.hu&uzenet=Sz%C3%A9p%20napot!&ut=uj&kulcs=JBSWY3DPEHPK3PXP',
			''
		);
		expect(a).toEqual({
			contact: {
				name: 'Kiss Anna',
				office: 'Példa Kft.',
				phone: '+36 1 234 5678',
				email: 'anna@pelda.hu',
				message: 'Szép napot!'
			},
			path: 'uj',
			hadParams: true,
			legacy: false,
			trial: false
		});
	});
	it('takes the first of duplicated parameters', () => {
		expect(parseLink('#nev=A&nev=B&ut=elveszett&ut=uj', '').contact?.name).toBe('A');
		expect(parseLink('#nev=A&ut=elveszett&ut=uj', '').path).toBe('elveszett');
	});
	it('removes bidi overrides and controls; keeps the text as text', () => {
		expect(parseLink('#nev=%E2%80%AEuyN%E2%80%AC%00%07X', '').contact?.name).toBe('uyNX');
		expect(parseLink('#nev=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '').contact?.name).toBe(
			'<img src=x onerror=alert(1)>'
		);
	});
	it('drops invalid phone numbers and e-mail addresses, keeps the name', () => {
		const a = parseLink('#nev=A&tel=javascript:alert(1)&email=a@b.hu%3Fcc%3Dc@d.hu', '');
		expect(a.contact).toMatchObject({ name: 'A', phone: '', email: '' });
		expect(parseLink('#nev=A&email=data:text/html,x', '').contact?.email).toBe('');
		expect(parseLink('#nev=A&email=a@b.hu%0Abcc:x@y.hu', '').contact?.email).toBe('');
		expect(parseLink('#nev=A&tel=%2B36%201%20234%205678%20%2B%201', '').contact?.phone).toBe('');
	});
	it('never throws on broken percent-encoding, decoding what is valid', () => {
		expect(safeDecode('%E0%A4%A')).toBe('%E0%A4%A');
		expect(safeDecode('Kiss%20Anna%')).toBe('Kiss Anna%');
		expect(parseLink('#nev=%C3%28%20Anna', '').contact?.name).toBe('%C3( Anna');
	});
	it('ignores an unknown path and anchors that are not link fragments', () => {
		expect(parseLink('#nev=A&ut=javascript:x', '').path).toBeNull();
		expect(parseLink('#elveszett-telefon', '')).toEqual({
			contact: null,
			path: null,
			hadParams: false,
			legacy: false,
			trial: false
		});
	});
	it('still reads the old query-string links, and the cleaned query keeps other parameters', () => {
		const a = parseLink('', '?konyvelo=Kiss+Anna&telefon=%2B36+1+234+5678&email=anna%40pelda.hu');
		expect(a.legacy).toBe(true);
		expect(a.contact).toEqual({
			name: 'Kiss Anna',
			office: '',
			phone: '+36 1 234 5678',
			email: 'anna@pelda.hu',
			message: ''
		});
		expect(searchWithoutLegacy('?konyvelo=A&utm=1&telefon=2')).toBe('?utm=1');
		expect(searchWithoutLegacy('?konyvelo=A')).toBe('');
	});
	it('a link that names nobody gives no contact but may still name a path', () => {
		expect(parseLink('#tel=%2B36%201%20234%205678&ut=masodik', '')).toEqual({
			contact: null,
			path: 'masodik',
			hadParams: true,
			legacy: false,
			trial: false
		});
	});
	it('checks a stored contact from an older version like a link', () => {
		expect(contactFromStored({ name: 'A', phone: 'x', email: 'a@b.hu' })).toEqual({
			name: 'A',
			office: '',
			phone: '',
			email: 'a@b.hu',
			message: ''
		});
		expect(contactFromStored('nope')).toBeNull();
	});
});

describe('tel: and mailto:', () => {
	it('makes clean addresses only from valid values', () => {
		expect(telHref('+36 (1) 234-5678')).toBe('tel:+3612345678');
		expect(telHref('06 30 123 4567')).toBe('tel:06301234567');
		expect(telHref('12345')).toBe('');
		expect(telHref('tel:+3612345678')).toBe('');
		expect(mailtoHref('anna@pelda.hu')).toBe('mailto:anna@pelda.hu');
		expect(mailtoHref('anna@pelda.hu?cc=x@y.hu')).toBe('');
		expect(mailtoHref('anna@pelda.hu', 'Tárgy', 'a&b')).toBe('mailto:anna@pelda.hu?subject=T%C3%A1rgy&body=a%26b');
	});
});

describe('capCharacters', () => {
	it('never cuts a character in half', () => {
		expect(capCharacters('👨‍👩‍👧👨‍👩‍👧', 1)).toBe('👨‍👩‍👧');
		expect(capCharacters('e\u0301e\u0301', 1)).toBe('e\u0301');
		expect(capCharacters('🇭🇺🇭🇺🇭🇺', 2)).toBe('🇭🇺🇭🇺');
	});
});

describe('buildLink', () => {
	const form: LinkForm = {
		name: 'Kiss Anna',
		office: '',
		phone: '+36 1 234 5678',
		email: 'anna@pelda.hu',
		message: '',
		lang: 'hu',
		path: 'uj'
	};
	it('is the domain, then the fragment, with no empty parameters', () => {
		expect(buildLink('https://segito.example', form)).toBe(
			'https://segito.example/#nev=Kiss%20Anna&tel=+36%201%20234%205678&email=anna@pelda.hu&ut=uj'
		);
		expect(
			buildLink('https://segito.example/', { ...form, lang: 'en', phone: '', email: '', office: 'Példa Kft.' })
		).toBe('https://segito.example/en#nev=Kiss%20Anna&iroda=P%C3%A9lda%20Kft.&ut=uj');
	});
	it("marks the accountant's own try, which reads back as a try and nothing else", () => {
		const trial = buildLink('https://segito.example', form, { trial: true });
		expect(trial).toBe(
			'https://segito.example/#nev=Kiss%20Anna&tel=+36%201%20234%205678&email=anna@pelda.hu&ut=uj&proba=1'
		);
		const arrival = parseLink(trial.slice(trial.indexOf('#')), '');
		expect(arrival.trial).toBe(true);
		expect(arrival.contact?.name).toBe('Kiss Anna');
		expect(parseLink('#nev=A&proba=0', '').trial).toBe(false);
		expect(parseLink('#proba=1', '').hadParams).toBe(false);
	});
	it('validates the form field by field', () => {
		expect(validateForm({ ...form, name: ' ', phone: '36', email: 'anna@pelda', message: 'x'.repeat(301) })).toEqual([
			{ field: 'name', kind: 'missing' },
			{ field: 'phone', kind: 'invalid-phone' },
			{ field: 'email', kind: 'invalid-email' },
			{ field: 'message', kind: 'too-long', max: 300 }
		]);
		expect(validateForm({ ...form, message: '👨‍👩‍👧'.repeat(300) })).toEqual([]);
	});
});

describe('validPhone', () => {
	it('takes whole numbers and refuses one cut short', () => {
		expect(validPhone('+36 1 234 5678')).toBe('+36 1 234 5678');
		expect(validPhone('06 30 123 4567')).toBe('06 30 123 4567');
		expect(validPhone('1 234 5678')).toBe('1 234 5678');
		expect(validPhone('06 30 12')).toBe('');
		expect(validPhone('1234567')).toBe('');
		expect(validPhone('1234567890123456')).toBe('');
	});
});
