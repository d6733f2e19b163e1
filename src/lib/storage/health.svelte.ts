/** What went wrong with saving on this device: it cannot be used at all, or a write failed (for example full). */
export type StorageProblem = 'unavailable' | 'write-failed';

/**
 * Whether saving on this device works, as db.ts last found it. Reactive, so the notice and the start page show
 * the truth as soon as a write fails, and stop warning once a later write succeeds.
 */
class StorageHealth {
	problem = $state<StorageProblem | null>(null);
	/** True once a read or write has reached IndexedDB (or found it missing). */
	known = $state(false);
}

export const storageHealth = new StorageHealth();
