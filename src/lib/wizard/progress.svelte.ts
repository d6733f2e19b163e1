import { loadProgress, saveProgress, type StoredProgress } from '$lib/storage/db';
import { isoDate } from './iso-date';
import { STEP_COUNT, STEPS } from './steps';

function clampStep(n: unknown): number {
	return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= STEP_COUNT ? n : 1;
}

/**
 * Wizard progress: the one owner of where the user is. The UI reads the fields; every change is written
 * through storage/db.ts. When storage is unavailable the fields still work for this visit, in memory.
 * Never holds the key, the törlőkód or a password.
 */
export class Progress {
	current = $state(1);
	/** Step number → the local date (yyyy-mm-dd) it was completed. */
	completed = $state<Record<number, string>>({});
	username = $state('');
	/** True once the saved progress has been read (or found missing). */
	loaded = $state(false);

	/** Whether the user has started: any step done or moved past the first. */
	started = $derived(Object.keys(this.completed).length > 0 || this.current > 1);
	/** Whether every step is done. */
	finished = $derived(Object.keys(this.completed).length >= STEP_COUNT);
	/** Where "Set up", "Let's start" and "Continue" lead: the first step not done yet (the last one when all are). */
	resumeStep = $derived(STEPS.find((s) => !(s.number in this.completed))?.number ?? STEP_COUNT);

	#loading: Promise<void> | null = null;

	/** Read saved progress once per visit (browser only); later calls wait for the same read. */
	load(): Promise<void> {
		this.#loading ??= (async () => {
			const saved = await loadProgress();
			if (saved) {
				this.current = clampStep(saved.current);
				this.completed = cleanCompleted(saved.completed);
				this.username = typeof saved.username === 'string' ? saved.username : '';
			}
			this.loaded = true;
		})();
		return this.#loading;
	}

	/** Whether the given step is done. */
	isDone(step: number): boolean {
		return step in this.completed;
	}

	/** Mark a step done today and move on to the next one; resolves false when it was not stored. */
	async complete(step: number, today: string = isoDate()): Promise<boolean> {
		// A fast click before the saved progress arrived must not be overwritten by it.
		await this.load();
		this.completed = { ...this.completed, [step]: today };
		this.current = Math.min(step + 1, STEP_COUNT);
		return this.save();
	}

	/** Remember that the user is on this step (opened by link, by back/forward or by "Continue"). */
	async visit(step: number): Promise<boolean> {
		await this.load();
		if (this.current === step) return true;
		this.current = clampStep(step);
		return this.save();
	}

	/**
	 * Remember the optional username (only to show the account name). It shows at once; the saved progress is
	 * read first so that an early keystroke cannot overwrite it with an empty record.
	 */
	async setUsername(username: string): Promise<boolean> {
		this.username = username.trim();
		await this.load();
		this.username = username.trim();
		return this.save();
	}

	/** Start again: forget every done step and save the empty progress. */
	reset(): Promise<boolean> {
		this.clearMemory();
		this.loaded = true;
		return this.save();
	}

	/** Forget progress in memory only (after "Delete my data" removed the stored copy). */
	clearMemory(): void {
		this.current = 1;
		this.completed = {};
		this.username = '';
		this.loaded = true;
	}

	/** Write the current fields; resolves false when storage is unavailable. */
	save(): Promise<boolean> {
		const record: StoredProgress = {
			current: this.current,
			completed: { ...this.completed },
			username: this.username,
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
			updatedAt: new Date().toISOString()
		};
		return saveProgress(record);
	}
}

function cleanCompleted(value: unknown): Record<number, string> {
	const out: Record<number, string> = {};
	if (!value || typeof value !== 'object') return out;
	for (const [k, v] of Object.entries(value)) {
		const n = Number(k);
		if (Number.isInteger(n) && n >= 1 && n <= STEP_COUNT && typeof v === 'string') out[n] = v;
	}
	return out;
}

export const progress = new Progress();
