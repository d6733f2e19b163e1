/**
 * The accountant's link: what it may carry, how it is read on arrival and how it is built on /konyveloknek.
 *
 * A link is an unsigned claim from whoever sent it, so reading it is defensive: every value is decoded without
 * throwing, stripped of control and bidirectional-override characters, length-capped on whole characters, and
 * phone and e-mail are kept only when they are valid. Nothing here ever reads a key, a törlőkód or a password:
 * only the six names below are looked at, whatever else the link contains.
 */

/** The recommended path the link opens. */
export const LINK_PATHS = ['uj', 'masodik', 'elveszett', 'ellenorzes'] as const;
export type LinkPath = (typeof LINK_PATHS)[number];

/** Where each path starts, as an app path without language prefix. */
export const PATH_TARGET: Record<LinkPath, string> = {
	uj: '/beallitas/1',
	masodik: '/ellenorzes',
	elveszett: '/gyik#elveszett-telefon',
	ellenorzes: '/ellenorzes'
};

/** The contact a link names; every field is validated plain text ('' when absent). */
export interface LinkContact {
	name: string;
	office: string;
	phone: string;
	email: string;
	message: string;
}

export type ContactField = keyof LinkContact;

/** The fields a link carries, in the order the builder writes them, with their names in the fragment. */
export const PARAM_NAMES: Record<ContactField | 'path', string> = {
	name: 'nev',
	office: 'iroda',
	phone: 'tel',
	email: 'email',
	message: 'uzenet',
	path: 'ut'
};

/** Most characters (user-perceived, i.e. grapheme clusters) each field may hold. */
export const LIMITS: Record<ContactField, number> = { name: 80, office: 80, phone: 30, email: 120, message: 300 };

/** The old query-string names (before the fragment format); read once for links already sent. */
const LEGACY_NAMES: Partial<Record<ContactField, string>> = { name: 'konyvelo', phone: 'telefon', email: 'email' };

/** What a link brought: the contact (or null), the path (or null), and whether the address must be cleaned. */
export interface LinkArrival {
	contact: LinkContact | null;
	path: LinkPath | null;
	/** The address carried link parameters (valid or not) that must be removed from the address bar. */
	hadParams: boolean;
	/** The parameters came in the old query-string format. */
	legacy: boolean;
	/** The accountant is trying their own link: show the contact, keep nothing on the device. */
	trial: boolean;
}

/** Marks the link the accountant opens to try it (`#…&proba=1`): its contact is shown but not kept. */
export const TRIAL_PARAM = 'proba';

// Characters that must never reach the screen: C0/C1 controls, the bidi embeddings/overrides/isolates and
// marks that can reorder or disguise text (U+202A–202E, U+2066–2069, U+200E/F, U+061C), other invisible
// format characters (zero-width space, BOM, soft hyphen, tags…) except the zero-width (non-)joiners that emoji
// and some scripts need, and unpaired surrogates.
const INVISIBLE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|(?![\u200C\u200D])\p{Cf}|\p{Cs}/gu;
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\u000B\u000C]/g;

/** Decode percent-encoding without ever throwing: a broken sequence stays as typed, valid ones are decoded. */
export function safeDecode(raw: string): string {
	try {
		return decodeURIComponent(raw);
	} catch {
		// Decode each run of %XX on its own, sequence by sequence; bytes that are not valid UTF-8 stay as typed.
		return raw.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
			try {
				return decodeURIComponent(run);
			} catch {
				return decodeBytes(run.match(/%[0-9A-Fa-f]{2}/g) ?? []);
			}
		});
	}
}

function decodeBytes(bytes: string[]): string {
	let out = '';
	let i = 0;
	while (i < bytes.length) {
		let done = false;
		// A UTF-8 character is 1–4 bytes: take the longest valid one starting here.
		for (let len = Math.min(4, bytes.length - i); len > 0 && !done; len--) {
			try {
				out += decodeURIComponent(bytes.slice(i, i + len).join(''));
				i += len;
				done = true;
			} catch {
				// Try a shorter sequence.
			}
		}
		if (!done) out += bytes[i++];
	}
	return out;
}

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
let segmenter: Segmenter | null | undefined;

function graphemes(text: string): Iterable<string> {
	if (segmenter === undefined) {
		segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined) : null;
	}
	// Without Intl.Segmenter (old browsers) whole code points are the next best unit: never half a surrogate pair.
	if (!segmenter) return Array.from(text);
	const s = segmenter;
	return (function* () {
		for (const part of s.segment(text)) yield part.segment;
	})();
}

// Text in which every code unit is a character of its own (Latin letters with precomposed accents, as Hungarian
// is written): it needs no segmenting, which keeps parsing fast.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const SIMPLE = /^[\u0000-\u000C\u000E-\u02FF\u0370-\u0482\u048A-\u0590\u2010-\u205F\u20A0-\u20BF]*$/;

/** Number of user-perceived characters (what the live counter shows). */
export function characterCount(text: string): number {
	if (SIMPLE.test(text)) return text.length;
	let n = 0;
	for (const g of graphemes(text)) {
		void g;
		n++;
	}
	return n;
}

/**
 * At most `max` whole characters of `text`, and at most 8 code units per allowed character, so one absurd cluster
 * (thousands of combining marks) cannot make a long value either. A character is either kept whole or dropped.
 */
export function capCharacters(text: string, max: number): string {
	const budget = max * 8;
	// Shorter than the limit in code units means shorter in characters too.
	if (text.length <= max) return text;
	if (SIMPLE.test(text.slice(0, max + 1))) {
		// The cut falls between two simple characters unless the next one starts a cluster (a combining mark).
		if (SIMPLE.test(text.slice(max, max + 2))) return text.slice(0, max);
	}
	// A 100 kB value is cut roughly first so segmenting stays fast; the last (possibly partial) cluster goes.
	let source = text;
	let roughCut = false;
	if (source.length > budget + 16) {
		source = source.slice(0, budget + 16);
		roughCut = true;
	}
	const parts = Array.from(graphemes(source));
	if (roughCut) parts.pop();
	let out = '';
	let count = 0;
	for (const part of parts) {
		if (count >= max || out.length + part.length > budget) break;
		out += part;
		count++;
	}
	return out;
}

/** Plain text for one field: invisible characters removed, spaces tidied, capped. Only the message keeps line breaks. */
export function cleanText(raw: string, max: number, multiline = false): string {
	let text = raw.replace(LINE_BREAKS, '\n').replace(INVISIBLE, (c) => (c === '\n' || c === '\t' ? c : ''));
	if (multiline) {
		text = text
			.split('\n')
			.map((line) => line.replace(/\s+/g, ' ').trim())
			.join('\n')
			// At most one empty line in a row: a message cannot push the rest of the page away.
			.replace(/\n{3,}/g, '\n\n')
			.trim();
	} else {
		text = text.replace(/\s+/g, ' ').trim();
	}
	return capCharacters(text, max).trim();
}

const PHONE = /^\+?[0-9][0-9 ()./-]*$/;

/** The phone number as typed, tidied, when it looks like one (6–15 digits, digits and separators only); else ''. */
export function validPhone(raw: string): string {
	// Capped one past the limit so an overlong value is rejected, never cut into a valid-looking prefix.
	const text = cleanText(raw, LIMITS.phone + 1);
	if (characterCount(text) > LIMITS.phone || !PHONE.test(text)) return '';
	const digits = text.replace(/\D/g, '').length;
	// 8 digits is the shortest whole number (Budapest without 06: 1 234 5678); fewer is a number cut short.
	return digits >= 8 && digits <= 15 ? text : '';
}

/** A clean `tel:` address for a valid phone number (digits and a leading +), or '' for anything else. */
export function telHref(phone: string): string {
	const valid = validPhone(phone);
	if (!valid) return '';
	return 'tel:' + (valid.startsWith('+') ? '+' : '') + valid.replace(/\D/g, '');
}

// Deliberately narrow: ASCII letters, digits and . _ + - before the @, a dotted host name after it. No ?, &, %,
// spaces, line breaks or second @, so a mailto: built from it can carry no extra header (cc, bcc, body).
const EMAIL =
	/^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

/** The e-mail address when it is valid, else ''. */
export function validEmail(raw: string): string {
	const text = cleanText(raw, LIMITS.email + 1);
	return text.length <= LIMITS.email && EMAIL.test(text) ? text : '';
}

/** A `mailto:` address for a valid e-mail address (optionally with a subject and body), or ''. */
export function mailtoHref(email: string, subject = '', body = ''): string {
	const valid = email === '' ? '' : validEmail(email);
	if (email !== '' && !valid) return '';
	const query = [
		subject ? `subject=${encodeURIComponent(subject)}` : '',
		body ? `body=${encodeURIComponent(body)}` : ''
	].filter(Boolean);
	return `mailto:${valid}${query.length ? '?' + query.join('&') : ''}`;
}

/** A path name from a link, or null when it is not one of the four. */
export function linkPath(raw: string | undefined): LinkPath | null {
	const value = (raw ?? '').trim().toLowerCase();
	return (LINK_PATHS as readonly string[]).includes(value) ? (value as LinkPath) : null;
}

/** The first value of each parameter in `a=1&b=2` form (later duplicates ignored), decoded without throwing. */
function firstValues(text: string, plusIsSpace: boolean): Map<string, string> {
	const values = new Map<string, string>();
	for (const pair of text.split('&')) {
		if (!pair) continue;
		const eq = pair.indexOf('=');
		const rawName = eq < 0 ? pair : pair.slice(0, eq);
		const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
		const fix = (s: string) => safeDecode(plusIsSpace ? s.replace(/\+/g, ' ') : s);
		const name = fix(rawName).trim().toLowerCase();
		// Names are short; a long one cannot be ours and need not be kept.
		if (name.length > 16 || values.has(name)) continue;
		values.set(name, fix(rawValue));
	}
	return values;
}

function contactFrom(values: Map<string, string>, names: Partial<Record<ContactField, string>>): LinkContact | null {
	const get = (field: ContactField) => {
		const name = names[field];
		return name ? (values.get(name) ?? '') : '';
	};
	const contact: LinkContact = {
		name: cleanText(get('name'), LIMITS.name),
		office: cleanText(get('office'), LIMITS.office),
		phone: validPhone(get('phone')),
		email: validEmail(get('email')),
		message: cleanText(get('message'), LIMITS.message, true)
	};
	// Someone must be named: a bare number or address with nobody to put it to is ignored.
	if (!contact.name && !contact.office) return null;
	return contact;
}

/**
 * Read a link on arrival: the fragment (`#nev=…&tel=…&ut=uj`) or, for links already sent, the old query string
 * (`?konyvelo=…&telefon=…&email=…`). Never throws; returns only validated text.
 */
export function parseLink(hash: string, search: string): LinkArrival {
	const fragment = (hash ?? '').replace(/^#/, '');
	const fragmentValues = fragment.includes('=') ? firstValues(fragment, false) : new Map<string, string>();
	const ours = Object.values(PARAM_NAMES);
	if (ours.some((n) => fragmentValues.has(n))) {
		return {
			contact: contactFrom(fragmentValues, PARAM_NAMES),
			path: linkPath(fragmentValues.get(PARAM_NAMES.path)),
			hadParams: true,
			legacy: false,
			trial: fragmentValues.get(TRIAL_PARAM) === '1'
		};
	}
	const queryValues = firstValues((search ?? '').replace(/^\?/, ''), true);
	const legacyNames = Object.values(LEGACY_NAMES);
	if (legacyNames.some((n) => queryValues.has(n))) {
		return {
			contact: contactFrom(queryValues, LEGACY_NAMES),
			path: null,
			hadParams: true,
			legacy: true,
			trial: false
		};
	}
	return { contact: null, path: null, hadParams: false, legacy: false, trial: false };
}

/** The query string without the old link parameters ('' or '?…'), so the cleaned address keeps anything else. */
export function searchWithoutLegacy(search: string): string {
	const legacy = new Set(Object.values(LEGACY_NAMES));
	const kept = (search ?? '')
		.replace(/^\?/, '')
		.split('&')
		.filter((pair) => pair && !legacy.has(safeDecode(pair.split('=')[0]).trim().toLowerCase()));
	return kept.length ? `?${kept.join('&')}` : '';
}

/** Two contacts name the same person in the same way (nothing to ask before replacing). */
export function sameContact(a: LinkContact | null, b: LinkContact | null): boolean {
	if (!a || !b) return a === b;
	return (Object.keys(LIMITS) as ContactField[]).every((f) => a[f] === b[f]);
}

/** Check a stored contact (it may come from an older version of the app) exactly like one from a link. */
export function contactFromStored(value: unknown): LinkContact | null {
	if (!value || typeof value !== 'object') return null;
	const v = value as Record<string, unknown>;
	const s = (x: unknown) => (typeof x === 'string' ? x : '');
	return contactFrom(
		new Map([
			['name', s(v.name)],
			['office', s(v.office)],
			['phone', s(v.phone)],
			['email', s(v.email)],
			['message', s(v.message)]
		]),
		{ name: 'name', office: 'office', phone: 'phone', email: 'email', message: 'message' }
	);
}

// ---------------------------------------------------------------------------------------------------------------
// Building the link (accountant side)

/** What the accountant typed on /konyveloknek. */
export interface LinkForm {
	name: string;
	office: string;
	phone: string;
	email: string;
	message: string;
	lang: 'hu' | 'en';
	path: LinkPath;
}

export type FormError =
	| { field: 'name'; kind: 'missing' }
	| { field: ContactField; kind: 'too-long'; max: number }
	| { field: 'phone'; kind: 'invalid-phone' }
	| { field: 'email'; kind: 'invalid-email' };

/** The problems with the form, in field order (empty when the link can be made). */
export function validateForm(form: LinkForm): FormError[] {
	const errors: FormError[] = [];
	const tooLong = (field: ContactField) => characterCount(form[field].trim()) > LIMITS[field];
	if (!form.name.trim()) errors.push({ field: 'name', kind: 'missing' });
	else if (tooLong('name')) errors.push({ field: 'name', kind: 'too-long', max: LIMITS.name });
	if (tooLong('office')) errors.push({ field: 'office', kind: 'too-long', max: LIMITS.office });
	if (form.phone.trim() && !validPhone(form.phone)) errors.push({ field: 'phone', kind: 'invalid-phone' });
	if (form.email.trim() && !validEmail(form.email)) errors.push({ field: 'email', kind: 'invalid-email' });
	if (tooLong('message')) errors.push({ field: 'message', kind: 'too-long', max: LIMITS.message });
	return errors;
}

/**
 * Percent-encode a value for the fragment. Everything outside plain ASCII letters, digits and `-._~!*'()+,;:@/`
 * is encoded, including spaces and accented letters: e-mail programs, chat apps and SMS turn a link into a
 * clickable one only up to the first space or (in many of them) the first non-ASCII letter, so "Kiss%20Anna" is
 * the form that survives every way the accountant sends it. `&`, `=`, `#` and `%` are encoded because they
 * delimit the parameters.
 */
function encodeValue(value: string): string {
	return encodeURIComponent(value).replace(/%(2B|2C|3B|3A|40|2F)/g, (m) => decodeURIComponent(m));
}

/** The link for the client: the app's address in the client's language, the contact in the fragment only (`trial`: the accountant's own try). */
export function buildLink(origin: string, form: LinkForm, { trial = false }: { trial?: boolean } = {}): string {
	const base = origin.replace(/\/+$/, '') + (form.lang === 'en' ? '/en' : '/');
	const values: [string, string][] = [
		[PARAM_NAMES.name, cleanText(form.name, LIMITS.name)],
		[PARAM_NAMES.office, cleanText(form.office, LIMITS.office)],
		[PARAM_NAMES.phone, validPhone(form.phone)],
		[PARAM_NAMES.email, validEmail(form.email)],
		[PARAM_NAMES.message, cleanText(form.message, LIMITS.message, true)],
		[PARAM_NAMES.path, form.path]
	];
	if (trial) values.push([TRIAL_PARAM, '1']);
	const fragment = values
		.filter(([, v]) => v !== '')
		.map(([n, v]) => `${n}=${encodeValue(v)}`)
		.join('&');
	// Link finders in e-mail and chat drop a trailing full stop or bracket from a link; encoded, it stays inside.
	const safeEnd = fragment.replace(/[.!~*'(),;:@/+-]$/, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
	return `${base}#${safeEnd}`;
}
