import { loadAccountantDraft, saveAccountantDraft, type AccountantDraft } from '$lib/storage/db';
import { cleanText, linkPath, LIMITS, type LinkForm, type LinkPath } from './link-params';

/** Most client names one batch of letters takes (one print job). */
export const MAX_CLIENTS = 200;

/** The client names of a batch: one per line, cleaned, empty lines skipped. */
export function clientNames(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => cleanText(line, LIMITS.name))
		.filter((line) => line !== '');
}

/**
 * The /konyveloknek form as the accountant types it. Kept on the device (not secret) after every change, so
 * going back and forward, or closing and reopening the page, loses nothing.
 */
export class LinkFormState {
	name = $state('');
	office = $state('');
	phone = $state('');
	email = $state('');
	message = $state('');
	lang = $state<'hu' | 'en'>('hu');
	path = $state<LinkPath>('uj');
	clients = $state('');
	/** True once the saved draft was read: saving starts only then, so an empty form never overwrites it. */
	loaded = $state(false);

	/** The form as the link builder takes it. */
	get form(): LinkForm {
		return {
			name: this.name,
			office: this.office,
			phone: this.phone,
			email: this.email,
			message: this.message,
			lang: this.lang,
			path: this.path
		};
	}

	get draft(): AccountantDraft {
		return { ...this.form, clients: this.clients };
	}

	/** Read the saved draft once, keeping anything already typed. */
	async load(defaultLang: 'hu' | 'en'): Promise<void> {
		this.lang = defaultLang;
		const saved = await loadAccountantDraft();
		if (saved && !this.touched()) {
			const s = (v: unknown) => (typeof v === 'string' ? v : '');
			this.name = s(saved.name);
			this.office = s(saved.office);
			this.phone = s(saved.phone);
			this.email = s(saved.email);
			this.message = s(saved.message);
			this.lang = saved.lang === 'en' ? 'en' : saved.lang === 'hu' ? 'hu' : defaultLang;
			this.path = linkPath(s(saved.path)) ?? 'uj';
			this.clients = s(saved.clients);
		}
		this.loaded = true;
	}

	private touched(): boolean {
		return [this.name, this.office, this.phone, this.email, this.message, this.clients].some((v) => v !== '');
	}

	/** Save what is typed now. */
	save(): Promise<boolean> {
		return saveAccountantDraft(this.draft);
	}

	/** Empty the form, here and on the device. */
	async clear(defaultLang: 'hu' | 'en'): Promise<void> {
		this.name = this.office = this.phone = this.email = this.message = this.clients = '';
		this.lang = defaultLang;
		this.path = 'uj';
		await saveAccountantDraft(null);
	}
}
