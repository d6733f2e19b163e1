/**
 * The secrets of this visit: the key (as typed) and the törlőkód, plus what goes with them on the
 * safety sheet. They live in this object only — never in storage, a URL, a log or a request — so a
 * reload or closing the tab forgets them. The wizard, the code check and the safety sheet share it.
 */
export class Vault {
	/** The key exactly as the user typed it; normalise with normalizeKey before use. */
	key = $state('');
	/** Optional Ügyfélkapu username (not secret, but the sheet and the check need it too). */
	username = $state('');
	/** The törlőkód as typed (free text, only trimmed). */
	removalCode = $state('');
	/** Names of the devices the user set up with the key. */
	devices = $state<string[]>([]);

	hasSecrets = $derived(this.key.trim() !== '' || this.removalCode.trim() !== '');

	/** Forget the key and the törlőkód (and the device list that goes with them). */
	forget(): void {
		this.key = '';
		this.removalCode = '';
		this.devices = [];
	}
}

export const vault = new Vault();
