import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { storageHealth, type StorageProblem } from './health.svelte';

/**
 * The only module that touches IndexedDB. It never stores the key, the törlőkód or a password:
 * callers hand it progress and preferences only. Every function resolves (never rejects) so that a
 * blocked or missing IndexedDB (private mode, quota, old browser) leaves the app working in memory. Every failure
 * is recorded in `storageHealth` (health.svelte.ts), which the storage notice and the start page show.
 */

export const DB_NAME = 'ugyfelkapu-seged';
const DB_VERSION = 1;

export interface StoredProgress {
	/** The step the user is on, 1–9. */
	current: number;
	/** Step number → ISO date (yyyy-mm-dd) it was completed. */
	completed: Record<number, string>;
	/** Optional Ügyfélkapu username, only to show the account name; never the password. */
	username: string;
	/** Written by earlier versions (the language now lives in Preferences); kept so old records stay valid. */
	lang?: 'hu' | 'en';
	/** When the record was last written (ISO timestamp). */
	updatedAt: string;
}

/** The person who sent the client the link (plain text, checked again when read back). Not secret. */
export interface StoredContact {
	name: string;
	office: string;
	phone: string;
	email: string;
	message: string;
}

/** What the accountant typed on /konyveloknek, kept so leaving and reopening the page loses nothing. Not secret. */
export interface AccountantDraft {
	name: string;
	office: string;
	phone: string;
	email: string;
	message: string;
	lang: 'hu' | 'en';
	path: string;
	/** Client names for the batch of letters, one per line. */
	clients: string;
}

export interface Preferences {
	lang?: 'hu' | 'en';
	/** The person who sent the link, shown wherever help may be needed; older versions stored fewer fields. */
	accountant?: Partial<StoredContact> | null;
	/** The /konyveloknek form as last typed. */
	accountantDraft?: AccountantDraft | null;
	/** The "works offline now" note was read and closed: it is not shown again on this device. */
	offlineNoteSeen?: boolean;
}

interface Schema extends DBSchema {
	progress: { key: string; value: StoredProgress };
	prefs: { key: string; value: Preferences };
}

export type StorageStatus = 'unknown' | 'available' | 'unavailable';

let dbPromise: Promise<IDBPDatabase<Schema> | null> | null = null;
let status: StorageStatus = 'unknown';

function fail(problem: StorageProblem): void {
	status = 'unavailable';
	storageHealth.known = true;
	// A failed write is the more specific news; a later failed read must not hide it.
	if (storageHealth.problem !== 'write-failed') storageHealth.problem = problem;
}

/** Whether IndexedDB worked the last time it was tried. */
export function storageStatus(): StorageStatus {
	return status;
}

function open(): Promise<IDBPDatabase<Schema> | null> {
	if (typeof indexedDB === 'undefined') {
		fail('unavailable');
		return Promise.resolve(null);
	}
	dbPromise ??= (async () => {
		try {
			const db = await openDB<Schema>(DB_NAME, DB_VERSION, {
				upgrade(db) {
					if (!db.objectStoreNames.contains('progress')) db.createObjectStore('progress');
					if (!db.objectStoreNames.contains('prefs')) db.createObjectStore('prefs');
				},
				// Another tab holding an old version must not leave this one hanging.
				blocking() {
					db.close();
					dbPromise = null;
				}
			});
			status = 'available';
			storageHealth.known = true;
			return db;
		} catch {
			fail('unavailable');
			dbPromise = null;
			return null;
		}
	})();
	return dbPromise;
}

async function read<K extends 'progress' | 'prefs'>(store: K, key: string): Promise<Schema[K]['value'] | undefined> {
	const db = await open();
	if (!db) return undefined;
	try {
		return await db.get(store, key);
	} catch {
		fail('unavailable');
		return undefined;
	}
}

async function write<K extends 'progress' | 'prefs'>(
	store: K,
	key: string,
	value: Schema[K]['value']
): Promise<boolean> {
	const db = await open();
	// open() has already recorded why there is no database.
	if (!db) return false;
	try {
		// Strict durability: progress must survive a browser crash right after "Kész, tovább".
		const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
		await Promise.all([tx.store.put(value, key), tx.done]);
		status = 'available';
		// Saved again: what the user sees now is what the device remembers.
		storageHealth.problem = null;
		return true;
	} catch {
		fail('write-failed');
		return false;
	}
}

/** The saved wizard progress, if any. */
export function loadProgress(): Promise<StoredProgress | undefined> {
	return read('progress', 'current');
}

/** Save wizard progress; resolves false when it could not be stored. */
export function saveProgress(progress: StoredProgress): Promise<boolean> {
	return write('progress', 'current', progress);
}

/** The saved preferences (empty when none or unavailable). */
export async function loadPreferences(): Promise<Preferences> {
	return (await read('prefs', 'prefs')) ?? {};
}

/** Merge and save preferences; resolves false when they could not be stored. */
export async function savePreferences(patch: Preferences): Promise<boolean> {
	const db = await open();
	if (!db) return false;
	try {
		// Read and write in one transaction, so two quick saves (language, contact, form) never undo each other.
		const tx = db.transaction('prefs', 'readwrite', { durability: 'strict' });
		const current = (await tx.store.get('prefs')) ?? {};
		await Promise.all([tx.store.put({ ...current, ...patch }, 'prefs'), tx.done]);
		status = 'available';
		return true;
	} catch {
		status = 'unavailable';
		return false;
	}
}

/** The saved contact of the person who sent the link, unchecked (the caller validates it), or null. */
export async function loadContact(): Promise<unknown> {
	return (await loadPreferences()).accountant ?? null;
}

/** Remember the person who sent the link; resolves false when it could not be stored. */
export function saveContact(contact: StoredContact): Promise<boolean> {
	return savePreferences({ accountant: { ...contact } });
}

/** Forget the person who sent the link. */
export function removeContact(): Promise<boolean> {
	return savePreferences({ accountant: null });
}

/** The /konyveloknek form as last typed, unchecked, or null. */
export async function loadAccountantDraft(): Promise<Partial<AccountantDraft> | null> {
	return (await loadPreferences()).accountantDraft ?? null;
}

/** Keep the /konyveloknek form as typed (null clears it). */
export function saveAccountantDraft(draft: AccountantDraft | null): Promise<boolean> {
	return savePreferences({ accountantDraft: draft ? { ...draft } : null });
}

/** Delete everything this app stored on the device (the whole database). */
export async function deleteAllData(): Promise<boolean> {
	if (typeof indexedDB === 'undefined') return true;
	try {
		const db = await dbPromise;
		db?.close();
		dbPromise = null;
		await deleteDB(DB_NAME);
		return true;
	} catch {
		return false;
	}
}
