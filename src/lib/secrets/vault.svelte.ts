/**
 * The secrets of this visit: the key (as typed), the törlőkód and the devices set up with them. They live in this
 * object only — never in storage, a URL, a log or a request — so a reload or closing the tab forgets them. The
 * wizard, the code check and the safety sheet share it. Callers say what they want through the methods; the
 * username is not a secret and lives with the wizard progress.
 */
import { addDevice, removeDevice } from '$lib/sheet/sheet';
import { setTabFlag, takeTabFlag } from '$lib/storage/session-flag';

// Remembered for this tab only, and only *that* a key was held, so the page loaded next can say why it is gone.
const HELD_FLAG = 'ugyfelkapu-seged.key-held';

export class Vault {
	#key = $state('');
	#removalCode = $state('');
	#devices = $state<string[]>([]);
	/** This tab held a key before the page was loaded again (a reload), and it is gone. */
	forgottenOnLoad = $state(false);

	/** The key exactly as the user typed it; normalise with normalizeKey before use. */
	get key(): string {
		return this.#key;
	}
	/** The törlőkód as typed (free text; trimmed where it is used). */
	get removalCode(): string {
		return this.#removalCode;
	}
	/** Names of the devices the user set up with the key, in the order they were added. */
	get devices(): readonly string[] {
		return this.#devices;
	}

	readonly hasSecrets = $derived(this.#key.trim() !== '' || this.#removalCode.trim() !== '');

	/** Whether the page before this load (in this tab) held a key; called once per load, below. */
	start(): void {
		this.forgottenOnLoad = takeTabFlag(HELD_FLAG);
	}

	/** Hold the key as typed or read (kept verbatim so the field never changes under the user's fingers). */
	setKey(raw: string): void {
		this.#key = raw;
		this.#noteHeld();
	}

	/** Hold the törlőkód as typed. */
	setRemovalCode(raw: string): void {
		this.#removalCode = raw;
	}

	#noteHeld(): void {
		const held = this.#key.trim() !== '';
		if (held) this.forgottenOnLoad = false;
		setTabFlag(HELD_FLAG, held);
	}

	/** Add a device by name (trimmed); false when the name is empty, already listed or the list is full. */
	addDevice(name: string): boolean {
		const next = addDevice(this.#devices, name);
		const added = next.length > this.#devices.length;
		if (added) this.#devices = next;
		return added;
	}

	/** Remove the device at this position of the list. */
	removeDevice(index: number): void {
		this.#devices = removeDevice(this.#devices, index);
	}

	/** Forget the key, the törlőkód and the device list that goes with them — the one meaning of "forget". */
	forget(): void {
		this.#key = '';
		this.#removalCode = '';
		this.#devices = [];
		this.#noteHeld();
	}
}

export const vault = new Vault();
// Once per page load in the browser (this module is evaluated once per load), never during prerendering.
if (typeof window !== 'undefined') vault.start();
