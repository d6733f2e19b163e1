import { base32Decode } from './base32';

/** Issuer name shown by authenticator apps for the account. */
export const ISSUER = 'Ügyfélkapu+';
/** Domain appended to the Ügyfélkapu username to form the account name. */
export const ACCOUNT_DOMAIN = '@ugyfelkapu.gov.hu';

const DOMAIN_SUFFIX = /@ugyfelkapu\.gov\.hu$/i;
const SEPARATORS = /[\s\u200B-\u200D\u2060\uFEFF\-\u2010-\u2015\u2212=]/gu;

// Shared by build and parse so that anything parse returns can be built again; the ≥16-character
// rule belongs to typed input (normalizeKey), not to keys coming from an existing QR code.
function cleanSecret(raw: string): string | null {
	const key = raw.replace(SEPARATORS, '').replace(/[a-z]/g, (c) => c.toUpperCase());
	return key.length > 0 && base32Decode(key) !== null ? key : null;
}

// Users sometimes type the full account name; the domain must not be doubled.
function bareUsername(username: string): string {
	return username.trim().replace(DOMAIN_SUFFIX, '').trim();
}

/** Account name authenticator apps show: '‹username›@ugyfelkapu.gov.hu', or '' when no username is given. */
export function accountName(username: string): string {
	const user = bareUsername(username);
	return user === '' ? '' : user + ACCOUNT_DOMAIN;
}

/** Why no otpauth:// URI could be built. */
export type OtpauthUriError = { kind: 'invalid-key' } | { kind: 'invalid-username' };

/** The otpauth:// URI, or why there is none. */
export type OtpauthUriResult = { ok: true; uri: string } | { ok: false; error: OtpauthUriError };

/** Builds the otpauth:// URI for the QR code; a key that is not base32 or an unencodable username is an error, never a throw. */
export function buildOtpauthUri({ key, username }: { key: string; username?: string }): OtpauthUriResult {
	const secret = cleanSecret(key);
	if (secret === null) return { ok: false, error: { kind: 'invalid-key' } };
	const issuer = encodeURIComponent(ISSUER);
	const account = accountName(username ?? '');
	// encodeURIComponent throws on a lone surrogate (half of an emoji), which pasted text can contain.
	if (!isWellFormed(account)) return { ok: false, error: { kind: 'invalid-username' } };
	const label = account === '' ? issuer : `${issuer}:${encodeURIComponent(account)}`;
	// Algorithm, digits and period are spelled out although they are the defaults: some apps guess otherwise.
	return {
		ok: true,
		uri: `otpauth://totp/${label}?secret=${secret}&issuer=${issuer}&algorithm=SHA1&digits=6&period=30`
	};
}

// String.prototype.isWellFormed is newer than some of the phones the app supports.
function isWellFormed(s: string): boolean {
	return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

function decode(s: string): string | null {
	try {
		return decodeURIComponent(s);
	} catch {
		return null;
	}
}

// The official issuer name is not known for sure (FACTS): anything naming Ügyfélkapu, KAÜ, NISZ or a gov.hu address
// passes; another service's name ("GitHub") does not, and its account name is no Ügyfélkapu username.
const OFFICIAL_ISSUER = /ugyfelkapu|\bkau\b|\bnisz\b|gov\.hu/;

/** Lower case without accents, for "does this mention Ügyfélkapu" (a name may be typed without them). */
export function fold(s: string): string {
	return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether an issuer name may be Ügyfélkapu+'s own (accents and case do not matter). */
export function mayBeOfficialIssuer(issuer: string): boolean {
	return OFFICIAL_ISSUER.test(fold(issuer));
}

/** Reads a TOTP otpauth:// URI (SHA1, 6 digits, 30 s only); null for anything else, never throws. */
export function parseOtpauthUri(uri: string): { key: string; username?: string; issuer?: string } | null {
	if (typeof uri !== 'string') return null;
	const m = /^otpauth:\/\/([^/?#]*)\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i.exec(uri.trim());
	if (!m) return null;
	const [, type = '', labelRaw = '', query = ''] = m;
	if (type.toLowerCase() !== 'totp') return null;

	// Manual splitting instead of URLSearchParams: that would turn a literal '+' (as in "Ügyfélkapu+") into a space.
	const params = new Map<string, string>();
	for (const part of query.split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		const name = decode(eq === -1 ? part : part.slice(0, eq));
		const value = decode(eq === -1 ? '' : part.slice(eq + 1));
		if (name === null || value === null) return null;
		const lower = name.toLowerCase();
		if (!params.has(lower)) params.set(lower, value);
	}

	const secretRaw = params.get('secret');
	if (secretRaw === undefined) return null;
	const key = cleanSecret(secretRaw);
	if (key === null) return null;
	// The app can only compute SHA1 / 6 digits / 30 s codes; accepting anything else would show wrong codes.
	const algorithm = params.get('algorithm');
	if (algorithm !== undefined && algorithm.toUpperCase() !== 'SHA1') return null;
	const digits = params.get('digits');
	if (digits !== undefined && digits !== '6') return null;
	const period = params.get('period');
	if (period !== undefined && period !== '30') return null;

	const label = decode(labelRaw);
	if (label === null) return null;
	const colon = label.indexOf(':');
	const labelIssuer = colon === -1 ? '' : label.slice(0, colon).trim();
	// Per the Key URI Format a label without ':' is just the account name, except ours, which is the bare issuer.
	let account = colon === -1 ? label.trim() : label.slice(colon + 1).trim();
	const issuer = params.get('issuer')?.trim() || labelIssuer;
	if (colon === -1 && account === issuer) account = '';

	const result: { key: string; username?: string; issuer?: string } = { key };
	const username = issuer === '' || mayBeOfficialIssuer(issuer) ? bareUsername(account) : '';
	if (username !== '') result.username = username;
	if (issuer !== '') result.issuer = issuer;
	return result;
}
