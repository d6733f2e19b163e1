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
	/** What the secrets were when the user said the sheet came out; null if they never did. */
	printedAs = $state<string | null>(null);
	/** What the secrets were when the print dialog last closed, while we wait for the user's answer. */
	dialogClosedAs = $state<string | null>(null);

	/** True once the user said the sheet, in its current form, came out of the printer or was saved. */
	printed = $derived(this.printedAs !== null && this.printedAs === secretsFingerprint(vault.key, vault.removalCode));
	/** Secrets were typed but this version of the sheet is not on paper: leaving would lose them. */
	unsaved = $derived(vault.hasSecrets && !this.printed);
	/** The print dialog closed on this version of the sheet and the user has not yet said whether it printed. */
	asking = $derived(
		!this.printed &&
			this.dialogClosedAs !== null &&
			this.dialogClosedAs === secretsFingerprint(vault.key, vault.removalCode)
	);

	/**
	 * The print dialog closed. Browsers report a cancelled dialog exactly like a printed one, so nothing
	 * counts as printed yet: the user is asked (only when there is something to lose).
	 */
	printDialogClosed(): void {
		if (!vault.hasSecrets) return;
		this.dialogClosedAs = secretsFingerprint(vault.key, vault.removalCode);
	}

	/** The user has the sheet (on paper or as a PDF): the version they printed counts as printed. */
	confirmPrinted(): void {
		if (this.dialogClosedAs !== null) this.printedAs = this.dialogClosedAs;
		this.dialogClosedAs = null;
	}

	/** The user has no sheet: the question goes away and the leave warning keeps protecting the codes. */
	notPrinted(): void {
		this.dialogClosedAs = null;
	}

	/** The codes were forgotten: there is nothing printed or pending any more. */
	reset(): void {
		this.printedAs = null;
		this.dialogClosedAs = null;
	}
}
