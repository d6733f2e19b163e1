/**
 * The accountant who sent the link, read from the link's query (?konyvelo=…&telefon=…&email=…).
 * Not secret, so it is remembered on the device; it is only ever rendered as plain text.
 */
export interface AccountantContact {
	name: string;
	phone: string;
	email: string;
}

const MAX = 120;

function clean(value: string | null): string {
	// Plain text only: control characters removed and length capped, so a crafted link cannot flood the sheet.
	return (
		(value ?? '')
			// eslint-disable-next-line no-control-regex -- removing control characters is the point
			.replace(/[\u0000-\u001f\u007f]/g, ' ')
			.trim()
			.slice(0, MAX)
	);
}

/** The contact carried by a link, or null when the link has none. */
export function contactFromUrl(url: URL): AccountantContact | null {
	const contact = {
		name: clean(url.searchParams.get('konyvelo')),
		phone: clean(url.searchParams.get('telefon')),
		email: clean(url.searchParams.get('email'))
	};
	return contact.name || contact.phone || contact.email ? contact : null;
}

class Accountant {
	contact = $state<AccountantContact | null>(null);
}

export const accountant = new Accountant();
