/**
 * The receipt a client may send back to the person who sent the link: steps done, whether the törlőkód was saved,
 * the devices checked, the date. Built from progress and device names only; it is given the key and the törlőkód
 * solely to make sure neither slips in through a device name the client typed.
 */

/** What the receipt reports. */
export interface ReceiptInput {
	/** Numbers of the steps marked done. */
	stepsDone: readonly number[];
	totalSteps: number;
	/** The step 7 confirmation ("I saved the törlőkód") was given. */
	removalSaved: boolean;
	/** Names of the devices checked on /ellenorzes (as the vault keeps them). */
	devices: readonly string[];
	/** Today's date, already written the way the client's language writes dates. */
	date: string;
	/** The client's name under the sign-off, so the reader knows who wrote (optional; left out when it is blank). */
	name?: string;
	/** The secrets of this visit, never printed: used to keep them out of device names. */
	secrets: { key: string; removalCode: string };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Letters and digits only, upper case: "jbsw y3dp-EHPK" and "JBSWY3DPEHPK" compare equal. */
function compact(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.toUpperCase();
}

// Sixteen or more base32 characters in groups (as keys are written) with at least one of the digits 2–7 or all in
// capitals: the shape of a key, whoever's it is.
const KEY_SHAPED = /(?:[A-Za-z2-7]{4}[ -]?){3}[A-Za-z2-7]{4,}/g;

/** False when a device name could reveal a secret: it contains the key, the törlőkód or something key-shaped. */
export function isSafeDeviceName(name: string, secrets: ReceiptInput['secrets']): boolean {
	const c = compact(name);
	const key = compact(secrets.key);
	const code = compact(secrets.removalCode);
	if (key && c.includes(key)) return false;
	if (code && c.includes(code)) return false;
	for (const m of name.matchAll(KEY_SHAPED)) {
		const token = m[0];
		if (/[2-7]/.test(token) || token === token.toUpperCase()) return false;
	}
	return true;
}

/** The receipt as plain text in the language `t` translates to. */
export function receiptText(input: ReceiptInput, t: Translate): string {
	const done = [...new Set(input.stepsDone)].filter((n) => n >= 1 && n <= input.totalSteps).sort((a, b) => a - b);
	const lines: string[] = [t('contact.receipt.greeting'), ''];
	if (done.length === input.totalSteps) lines.push(t('contact.receipt.steps-all', { total: input.totalSteps }));
	else if (done.length === 0) lines.push(t('contact.receipt.steps-none'));
	else lines.push(t('contact.receipt.steps-some', { total: input.totalSteps, done: done.join(', ') }));
	lines.push(input.removalSaved ? t('contact.receipt.removal-saved') : t('contact.receipt.removal-not-saved'));
	const devices = input.devices
		.map((d) => d.trim())
		.filter((d) => d !== '')
		.map((d) => (isSafeDeviceName(d, input.secrets) ? d : t('contact.receipt.device-hidden')));
	lines.push(
		devices.length ? t('contact.receipt.devices', { devices: devices.join(', ') }) : t('contact.receipt.devices-none')
	);
	lines.push(t('contact.receipt.date', { date: input.date }), '', t('contact.receipt.sign-off'));
	// One line, and never a secret: a name is checked like a device name.
	const name = (input.name ?? '').replace(/\s+/g, ' ').trim();
	if (name !== '' && isSafeDeviceName(name, input.secrets)) lines.push(name);
	return lines.join('\n');
}
