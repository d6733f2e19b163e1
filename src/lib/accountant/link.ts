import type { AccountantContact } from './contact.svelte';

/** Where the client's link may point. */
export const LINK_TARGETS = ['/', '/beallitas/1', '/ellenorzes', '/biztonsagi-lap', '/gyik'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

export const MAX_FIELD_LENGTH = 120;

export type ContactField = 'name' | 'phone' | 'email';
export type ContactError =
	| { field: 'name'; kind: 'missing' }
	| { field: ContactField; kind: 'too-long' }
	| { field: 'phone'; kind: 'invalid-phone' }
	| { field: 'email'; kind: 'invalid-email' };

/** The problems with what the accountant typed, in field order (empty when the link can be made). */
export function validateContact(contact: AccountantContact): ContactError[] {
	const errors: ContactError[] = [];
	const name = contact.name.trim();
	const phone = contact.phone.trim();
	const email = contact.email.trim();
	if (!name) errors.push({ field: 'name', kind: 'missing' });
	else if (name.length > MAX_FIELD_LENGTH) errors.push({ field: 'name', kind: 'too-long' });
	if (phone.length > MAX_FIELD_LENGTH) errors.push({ field: 'phone', kind: 'too-long' });
	// Digits with the usual separators; at least 6 digits so a typo like "36" is caught.
	else if (phone && (!/^\+?[0-9 ()/.-]+$/.test(phone) || phone.replace(/\D/g, '').length < 6)) {
		errors.push({ field: 'phone', kind: 'invalid-phone' });
	}
	if (email.length > MAX_FIELD_LENGTH) errors.push({ field: 'email', kind: 'too-long' });
	else if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push({ field: 'email', kind: 'invalid-email' });
	return errors;
}

/** The link a client opens: the chosen page in the chosen language, carrying only the accountant's contact. */
export function buildClientLink(
	origin: string,
	lang: 'hu' | 'en',
	target: LinkTarget,
	contact: AccountantContact
): string {
	const path = lang === 'en' ? (target === '/' ? '/en' : `/en${target}`) : target;
	const url = new URL(path, origin);
	const fields: [string, string][] = [
		['konyvelo', contact.name],
		['telefon', contact.phone],
		['email', contact.email]
	];
	for (const [param, value] of fields) if (value.trim()) url.searchParams.set(param, value.trim());
	return url.href;
}
