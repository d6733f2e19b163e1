import type { MatchResult } from '$lib/otp/compare';

/** One device checked on this visit: its latest result and when it was checked (server time, ms). */
export type CheckedDevice = {
	name: string;
	number: number;
	result: MatchResult;
	checkedAt: number;
	addedAs: string | null;
};

/**
 * What the back and forward buttons keep of the comparison form: the device's name only. Never the key, and not the
 * phone's code either: SvelteKit writes snapshots to sessionStorage, and a code comes from the key; it is also stale
 * after 30 seconds, so a restored one would only be compared and reported wrong.
 */
export type CompareDraft = { name: string };

/**
 * The comparison of this visit, outside the components so that editing the key (which hides the comparison while
 * the key is incomplete) loses nothing. Each device keeps one entry: trying again updates it; a new device is
 * added only when the user asks for one.
 */
export class CompareState {
	code = $state('');
	name = $state('');
	devices = $state<CheckedDevice[]>([]);
	/** Position of the device being checked in `devices`; null: the next check adds a new device. */
	current = $state<number | null>(null);
	#forKey = '';

	/** SvelteKit snapshot of the form: the device's name. */
	readonly snapshot = {
		capture: (): CompareDraft => ({ name: this.name }),
		restore: (draft: CompareDraft) => {
			this.name = typeof draft?.name === 'string' ? draft.name : '';
		}
	};

	/** A fresh visit of the page starts with an empty form (a snapshot may refill it just after). */
	clearForm(): void {
		this.code = '';
		this.name = '';
	}

	/** The results belong to one key: another key starts a new list. */
	useKey(key: string): void {
		if (key === this.#forKey) return;
		this.#forKey = key;
		this.devices = [];
		this.current = null;
	}

	/** Records a check of the current device (or of a new one) and returns its entry. */
	record(result: MatchResult, checkedAt: number): CheckedDevice {
		const name = this.name.trim();
		const index = this.current;
		if (index !== null && this.devices[index]) {
			const entry = this.devices[index];
			entry.name = name;
			entry.result = result;
			entry.checkedAt = checkedAt;
			return entry;
		}
		this.devices.push({ name, number: this.devices.length + 1, result, checkedAt, addedAs: null });
		this.current = this.devices.length - 1;
		return this.devices[this.current]!;
	}

	/** The user wants to check another device: the next check adds it. */
	startAnother(): void {
		this.current = null;
		this.clearForm();
	}

	/** Forget everything (with the key). */
	forget(): void {
		this.clearForm();
		this.devices = [];
		this.current = null;
		this.#forKey = '';
	}
}

export const compare = new CompareState();
