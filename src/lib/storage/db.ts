import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The only module that touches IndexedDB. It never stores the key, the törlőkód or a password:
 * callers hand it progress and preferences only. Every function resolves (never rejects) so that a
 * blocked or missing IndexedDB (private mode, quota, old browser) leaves the app working in memory.
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

export interface Preferences {
	lang?: 'hu' | 'en';
	/** The accountant who sent the link (name, phone, e-mail), shown on the safety sheet. */
	accountant?: { name: string; phone: string; email: string };
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

/** Whether IndexedDB worked the last time it was tried. */
export function storageStatus(): StorageStatus {
	return status;
}

function open(): Promise<IDBPDatabase<Schema> | null> {
	if (typeof indexedDB === 'undefined') {
		status = 'unavailable';
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
			return db;
		} catch {
			status = 'unavailable';
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
		status = 'unavailable';
		return undefined;
	}
}

async function write<K extends 'progress' | 'prefs'>(
	store: K,
	key: string,
	value: Schema[K]['value']
): Promise<boolean> {
	const db = await open();
	if (!db) return false;
	try {
		// Strict durability: progress must survive a browser crash right after "Kész, tovább".
		const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
		await Promise.all([tx.store.put(value, key), tx.done]);
		status = 'available';
		return true;
	} catch {
		status = 'unavailable';
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
	const current = await loadPreferences();
	return write('prefs', 'prefs', { ...current, ...patch });
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
