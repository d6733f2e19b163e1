/**
 * What a QR code holds, as far as a key is concerned: the text read from the code → a typed result the reader turns
 * into words. Pure and total: any text gives a result, nothing throws.
 */
import { normalizeKey, type KeyError } from '$lib/otp/key';
import { fold, mayBeOfficialIssuer } from '$lib/otp/otpauth-uri';
import { decodeMigrationUri, isMigrationUri, type MigrationAccount, type MigrationError } from './otpauth-migration';

/**
 * Something in the QR code that differs from Ügyfélkapu+: a setting (SHA1, 6 digits, 30 seconds), or the name of
 * another service as its issuer.
 */
export type KeyWarning =
	| { kind: 'algorithm'; value: string }
	| { kind: 'digits'; value: string }
	| { kind: 'period'; value: string }
	| { kind: 'issuer'; value: string };

/** A key found in the code, ready for the key field. */
export type FoundKey = {
	/** Normalized base32 (upper case, no separators or padding), accepted by normalizeKey. */
	key: string;
	/** The Ügyfélkapu username taken from the account name, when the code names one. */
	username?: string;
	issuer?: string;
	warnings: KeyWarning[];
};

/** One account of an authenticator export that can be offered to the user. */
export type ExportChoice = FoundKey & { name: string; issuer: string };

/** Why a code that looks like a key cannot be used. */
export type ReadError =
	| { kind: 'otpauth-no-secret' }
	| { kind: 'otpauth-bad-secret'; error: KeyError }
	| { kind: 'otpauth-hotp' }
	| { kind: 'otpauth-unsupported'; type: string }
	| { kind: 'otpauth-malformed' }
	| { kind: 'export-broken'; reason: MigrationError }
	| { kind: 'export-no-totp' };

/** Outcome of reading a QR code's text. */
export type ReadPayload =
	| ({ kind: 'key'; from: 'otpauth' | 'bare' } & FoundKey)
	| { kind: 'export'; accounts: ExportChoice[]; preselected: number | null; partOfBatch: boolean }
	| { kind: 'error'; error: ReadError }
	| { kind: 'url'; url: string }
	| { kind: 'other' };

const DOMAIN_SUFFIX = /@ugyfelkapu\.gov\.hu$/i;

function decode(s: string): string | null {
	try {
		return decodeURIComponent(s);
	} catch {
		return null;
	}
}

/**
 * The Ügyfélkapu username inside an account name: 'Ügyfélkapu+:minta123@ugyfelkapu.gov.hu' → 'minta123'.
 * Another service's e-mail address is not an Ügyfélkapu username, so it gives none.
 */
export function usernameFromAccount(account: string): string | undefined {
	const colon = account.indexOf(':');
	const bare = (colon === -1 ? account : account.slice(colon + 1)).trim();
	const user = bare.replace(DOMAIN_SUFFIX, '').trim();
	if (user === '' || user.includes('@') || /\s/.test(user)) return undefined;
	// A label that is only the issuer's name ("Ügyfélkapu+") is not a username.
	if (colon === -1 && fold(user).includes('ugyfelkapu')) return undefined;
	return user;
}

const ISSUER_SHOWN_MAX = 40;

/** Another service's name as the issuer (mayBeOfficialIssuer says no): a warning, cut for showing. */
function issuerWarning(issuer: string): KeyWarning[] {
	return issuer !== '' && !mayBeOfficialIssuer(issuer)
		? [{ kind: 'issuer', value: [...issuer].slice(0, ISSUER_SHOWN_MAX).join('') }]
		: [];
}

function warningsFor(algorithm: string, digits: string, period: string): KeyWarning[] {
	const out: KeyWarning[] = [];
	if (algorithm.toUpperCase() !== 'SHA1') out.push({ kind: 'algorithm', value: algorithm });
	if (digits !== '6') out.push({ kind: 'digits', value: digits });
	if (period !== '30') out.push({ kind: 'period', value: period });
	return out;
}

const OTPAUTH = /^otpauth:\/\/([^/?#]*)\/?([^?#]*)(?:\?([^#]*))?(?:#.*)?$/is;

function readOtpauth(text: string): ReadPayload {
	const m = OTPAUTH.exec(text);
	if (!m) return { kind: 'error', error: { kind: 'otpauth-malformed' } };
	const [, typeRaw = '', labelRaw = '', query = ''] = m;
	const type = typeRaw.toLowerCase();
	if (type === 'hotp') return { kind: 'error', error: { kind: 'otpauth-hotp' } };
	if (type !== 'totp') return { kind: 'error', error: { kind: 'otpauth-unsupported', type: typeRaw.slice(0, 20) } };

	// Split by hand: URLSearchParams would turn the literal '+' of "Ügyfélkapu+" into a space.
	const params = new Map<string, string>();
	for (const part of query.split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		const name = decode(eq === -1 ? part : part.slice(0, eq));
		const value = decode(eq === -1 ? '' : part.slice(eq + 1));
		if (name === null || value === null) return { kind: 'error', error: { kind: 'otpauth-malformed' } };
		if (!params.has(name.toLowerCase())) params.set(name.toLowerCase(), value.trim());
	}
	const secret = params.get('secret');
	if (secret === undefined || secret === '') return { kind: 'error', error: { kind: 'otpauth-no-secret' } };
	const checked = normalizeKey(secret);
	if (!checked.ok) return { kind: 'error', error: { kind: 'otpauth-bad-secret', error: checked.error } };

	const label = decode(labelRaw) ?? labelRaw;
	const colon = label.indexOf(':');
	const issuer = params.get('issuer') || (colon === -1 ? '' : label.slice(0, colon).trim());
	const found: FoundKey = {
		key: checked.key,
		warnings: warningsFor(params.get('algorithm') || 'SHA1', params.get('digits') || '6', params.get('period') || '30')
	};
	const foreign = issuerWarning(issuer);
	// Another service's account name is not an Ügyfélkapu username.
	const username = foreign.length ? undefined : usernameFromAccount(label);
	if (username !== undefined) found.username = username;
	if (issuer !== '') found.issuer = issuer;
	found.warnings.unshift(...foreign);
	return { kind: 'key', from: 'otpauth', ...found };
}

function exportChoice(a: MigrationAccount): ExportChoice {
	const foreign = issuerWarning(a.issuer);
	const choice: ExportChoice = {
		name: a.name,
		issuer: a.issuer,
		key: a.secretBase32,
		warnings: [...foreign, ...warningsFor(a.algorithm, String(a.digits), '30')]
	};
	const username = foreign.length ? undefined : usernameFromAccount(a.name);
	if (username !== undefined) choice.username = username;
	return choice;
}

function readExport(text: string): ReadPayload {
	const result = decodeMigrationUri(text);
	if (!result.ok) return { kind: 'error', error: { kind: 'export-broken', reason: result.reason } };
	// A counter-based account cannot give the time-based code Ügyfélkapu+ asks for; a secret too short for a key
	// (normalizeKey) is not an Ügyfélkapu+ one either.
	const accounts = result.accounts
		.filter((a) => a.type === 'totp' && normalizeKey(a.secretBase32).ok)
		.map(exportChoice);
	if (accounts.length === 0) return { kind: 'error', error: { kind: 'export-no-totp' } };
	const index = accounts.findIndex((a) => fold(`${a.name} ${a.issuer}`).includes('ugyfelkapu'));
	return {
		kind: 'export',
		accounts,
		preselected: index === -1 ? null : index,
		partOfBatch: (result.batch?.size ?? 1) > 1
	};
}

// Only the key's own characters and the separators people put between groups; every letter in one case, so
// ordinary words and sentences are not mistaken for a key.
const BARE_KEY = /^(?:[A-Z2-7][A-Z2-7 -]*|[a-z2-7][a-z2-7 -]*)=*$/;
const WEB = /^(?:https?:\/\/|www\.)[^\s]+$/i;

/** Reads the text of a QR code: a key (otpauth:// or bare), an authenticator export, a web address or other. */
export function readPayload(input: string): ReadPayload {
	if (typeof input !== 'string') return { kind: 'other' };
	const text = input.trim();
	if (/^otpauth:/i.test(text)) return readOtpauth(text);
	if (isMigrationUri(text)) return readExport(text);
	if (BARE_KEY.test(text)) {
		const checked = normalizeKey(text);
		if (checked.ok) return { kind: 'key', from: 'bare', key: checked.key, warnings: [] };
	}
	if (WEB.test(text)) return { kind: 'url', url: text };
	return { kind: 'other' };
}

/** Where an image came from. */
export type ReadSource = 'paste' | 'file' | 'camera';

/** What KeyReader hands to the page once a key has been read (and, for an export, chosen). */
export type KeyReadResult = {
	/** Normalized base32: upper case, no separators or padding; normalizeKey accepts it. */
	key: string;
	/** The Ügyfélkapu username, when the QR code's account name holds one. */
	username?: string;
	source: ReadSource;
	/** True for a pasted or chosen image: the user should delete that file. */
	fromScreenshot: boolean;
	/** Settings in the code that differ from Ügyfélkapu+'s SHA1 / 6 digits / 30 s. */
	warnings: KeyWarning[];
};
