import type { AccountantContact } from '$lib/accountant/contact.svelte';
import type { Lang } from '$lib/i18n';
import { groupKey, normalizeKey, type KeyError } from '$lib/otp/key';
import { buildOtpauthUri } from '$lib/otp/otpauth-uri';
import { dayOfIsoDate } from '$lib/wizard/iso-date';

/** The full sheet carries the key and its QR code; the reduced one only the törlőkód. */
export type Variant = 'full' | 'reduced';

/** Most devices one sheet lists by name; with the blank lines this still fits on one A4 page. */
export const MAX_DEVICES = 6;
/** Checklist lines printed in total, named devices first, then blank lines to fill in by hand. */
export const DEVICE_LINES = 6;
/** Blank lines the checklist always keeps for devices set up later. */
export const MIN_BLANK_DEVICE_LINES = 2;

/** What the sheet does with the typed key. */
export type SheetKey =
	| { state: 'empty' }
	| { state: 'invalid'; error: KeyError }
	| { state: 'ok'; key: string; grouped: string; uri: string; longer: boolean };

/** Reads the typed key for the sheet: empty, invalid (never printed) or valid with its groups and QR URI. */
export function sheetKey(typed: string, username: string): SheetKey {
	const result = normalizeKey(typed);
	if (!result.ok) return result.error.kind === 'empty' ? { state: 'empty' } : { state: 'invalid', error: result.error };
	// A username with a broken character cannot go into the QR code; the code is then made without it.
	const built = buildOtpauthUri({ key: result.key, username });
	const uri = built.ok ? built : buildOtpauthUri({ key: result.key });
	return {
		state: 'ok',
		key: result.key,
		grouped: groupKey(result.key, 4),
		uri: uri.ok ? uri.uri : '',
		longer: result.notice === 'longer-than-usual'
	};
}

/** The törlőkód as printed: trimmed, or '' (a blank box) when the user writes it by hand. */
export function printedRemovalCode(typed: string, byHand: boolean): string {
	return byHand ? '' : typed.trim();
}

/** Checklist lines: the named devices, then blank lines ('') so later devices can be written in. */
export function deviceLines(devices: readonly string[]): string[] {
	const named = devices
		.map((d) => d.trim())
		.filter((d) => d !== '')
		.slice(0, MAX_DEVICES);
	const blanks = Math.max(MIN_BLANK_DEVICE_LINES, DEVICE_LINES - named.length);
	return [...named, ...Array<string>(blanks).fill('')];
}

/** The device list with one more name, trimmed; unchanged for an empty name, a repeat or a full list. */
export function addDevice(devices: readonly string[], name: string): string[] {
	const clean = name.trim();
	if (clean === '' || devices.length >= MAX_DEVICES) return [...devices];
	if (devices.some((d) => d.toLocaleLowerCase() === clean.toLocaleLowerCase())) return [...devices];
	return [...devices, clean];
}

/** The device list without the entry at `index`. */
export function removeDevice(devices: readonly string[], index: number): string[] {
	return devices.filter((_, i) => i !== index);
}

/**
 * The day of setup: the day the step that finishes on the official site (step 8) was marked done, as progress keeps
 * it (yyyy-mm-dd, local), or today while it is not (the sheet is printed at step 7, before step 8).
 */
export function setupDay(finishedOn: string | undefined, today: Date): Date {
	return dayOfIsoDate(finishedOn) ?? today;
}

/** A date in the user's language (e.g. "2025. március 3." / "3 March 2025"). */
export function setupDate(date: Date, lang: Lang): string {
	return new Intl.DateTimeFormat(lang === 'hu' ? 'hu-HU' : 'en-GB', { dateStyle: 'long' }).format(date);
}

/** The accountant's contact as one line of plain text for the sheet ('' when there is none). */
export function contactLine(
	contact: (Pick<AccountantContact, 'name' | 'phone' | 'email'> & { office?: string }) | null
): string {
	if (!contact) return '';
	const who =
		contact.name && contact.office ? `${contact.name} (${contact.office})` : contact.name || contact.office || '';
	return [who, contact.phone, contact.email]
		.map((s) => s.trim())
		.filter((s) => s !== '')
		.join(', ');
}

/** A fingerprint of what would be lost: it tells whether the sheet changed since it was last printed. */
export function secretsFingerprint(key: string, removalCode: string): string {
	return JSON.stringify([key.trim(), removalCode.trim()]);
}
