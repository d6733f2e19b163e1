import { vault } from '$lib/secrets/vault.svelte';
import { secretsFingerprint, type Variant } from './sheet';

/**
 * The sheet's own choices (the secrets themselves live in the vault). Nothing here is stored: like the
 * key, the choices vanish with the tab.
 */
export class SheetState {
	variant = $state<Variant>('full');
	/** Leave the törlőkód box empty so it can be written in by hand. */
	removalByHand = $state(false);
	/** The helper's contact as the user edited it; null means "use the accountant's contact from the link". */
	contactEdit = $state<string | null>(null);
	/** What the secrets were when the sheet was last printed; null if it never was. */
	printedAs = $state<string | null>(null);

	/** True once the sheet in its current form went through the print dialog. */
	printed = $derived(this.printedAs !== null && this.printedAs === secretsFingerprint(vault.key, vault.removalCode));
	/** Secrets were typed but this version of the sheet was not printed: leaving would lose them. */
	unsaved = $derived(vault.hasSecrets && !this.printed);

	/** Remember that the sheet as it is now was printed. */
	markPrinted(): void {
		this.printedAs = secretsFingerprint(vault.key, vault.removalCode);
	}
}
