import { loadAreas, type Lang } from '$lib/i18n';
import { loadContact, removeContact, saveContact } from '$lib/storage/db';
import type { LinkArrival, LinkContact } from './link-params';

export type { LinkContact as AccountantContact } from './link-params';

/**
 * The person who sent the client the link, as the client keeps it. Not secret, so it is remembered on the
 * device; it is only ever rendered as plain text, and the client can remove it wherever it is shown.
 */
class Accountant {
	/** The contact the client keeps (null when none). */
	contact = $state<LinkContact | null>(null);
	/** A different contact from a newer link, waiting for the client to choose. */
	pending = $state<LinkContact | null>(null);
	/** The app path (without language) the link landed on: the welcome banner shows there. */
	landedOn = $state<string | null>(null);
	/** The client closed the welcome banner. */
	bannerClosed = $state(false);
	/** The contact came from the accountant trying their own link: shown on this visit, kept nowhere. */
	trial = $state(false);
	/** What the client last did with a contact, for a short confirmation. */
	outcome = $state<'kept' | 'replaced' | 'removed' | null>(null);
	/** The device refused the last change to the kept contact (storage full or blocked): what shows is not kept. */
	notSaved = $state(false);

	#loading: Promise<void> | null = null;
	#textLangs = $state<Lang[]>([]);
	// Bookkeeping only: which languages were asked for, so a load starts once.
	#requested: Lang[] = [];

	/** Read the saved contact once (checked again like a link, since an older version may have stored it). */
	load(): Promise<void> {
		this.#loading ??= loadContact().then(async (stored) => {
			// The checking code is downloaded only when there is something to check: most clients keep no contact.
			if (stored == null) return;
			const { contactFromStored } = await import('./link-params');
			this.contact = contactFromStored(stored);
		});
		return this.#loading;
	}

	/** A link was opened: keep its contact, or ask first when it names someone else than the saved one. */
	async arrive(arrival: LinkArrival, landedOn: string): Promise<void> {
		await this.load();
		const fresh = arrival.contact;
		if (!fresh) return;
		this.landedOn = landedOn;
		this.bannerClosed = false;
		if (arrival.trial) {
			// The accountant's own browser: their contact on their own pages (and sheet) would ask them for help.
			this.trial = true;
			this.pending = null;
			this.notSaved = false;
			this.contact = fresh;
			return;
		}
		this.trial = false;
		const { sameContact } = await import('./link-params');
		if (this.contact && !sameContact(this.contact, fresh)) {
			this.pending = fresh;
			return;
		}
		// Shown once the device has answered, so the banner says at once whether it keeps the contact.
		const saved = await saveContact(fresh);
		this.contact = fresh;
		this.notSaved = !saved;
	}

	/** The client chose the newer link's contact. */
	async acceptPending(): Promise<void> {
		const chosen = this.pending;
		if (!chosen) return;
		// The confirmation is said once the device has answered: never "saved" first and corrected after.
		const saved = await saveContact(chosen);
		this.contact = chosen;
		this.pending = null;
		this.notSaved = !saved;
		this.outcome = 'replaced';
	}

	/** The client kept the saved contact. */
	keepSaved(): void {
		this.pending = null;
		this.outcome = 'kept';
	}

	/** Remove the contact from the device and from every page (and the sheet). */
	async remove(): Promise<void> {
		// As above: the page changes once the device has answered, with the right words.
		const removed = await removeContact();
		this.contact = null;
		this.pending = null;
		this.notSaved = !removed;
		this.outcome = 'removed';
	}

	/** Forget in memory only (after "delete my data" removed the stored copy). */
	clearMemory(): void {
		this.contact = null;
		this.pending = null;
		this.landedOn = null;
		this.notSaved = false;
	}

	/**
	 * Whether the words about the contact are loaded in `lang`; starts loading them the first time. They are a
	 * separate small area so a client without a contact never downloads them.
	 */
	textReady(lang: Lang): boolean {
		if (this.#textLangs.includes(lang)) return true;
		if (!this.#requested.includes(lang)) {
			this.#requested.push(lang);
			void loadAreas(lang, ['contact']).then(() => {
				this.#textLangs = [...this.#textLangs, lang];
			});
		}
		return false;
	}
}

export const accountant = new Accountant();

/** Where a client asking for help is: a step (number and title key), the code check's mismatch, or the sheet. */
export type HelpAbout = { step: number; titleKey: string } | 'check' | 'sheet' | null;

/**
 * Whether the address may carry an accountant's link (a fragment with `=`, or any query string): only then is the
 * link parser downloaded. Never false where `parseLink` finds parameters.
 */
export function mayCarryLink(hash: string, search: string): boolean {
	return hash.includes('=') || search.length > 1;
}

/** "Kiss Anna (Példa Kft.)" — the name with the office in brackets, or whichever of the two is given. */
export function contactWho(contact: LinkContact): string {
	if (contact.name && contact.office) return `${contact.name} (${contact.office})`;
	return contact.name || contact.office;
}
