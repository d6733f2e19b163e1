/**
 * One-word facts about this tab that must outlive a reload but nothing more (sessionStorage: this tab only, gone
 * when it closes). Never a secret: a flag says *that* something was typed, not what.
 */

/** Set or clear a flag of this tab; silently nothing where the browser refuses storage. */
export function setTabFlag(name: string, on: boolean): void {
	try {
		if (on) sessionStorage.setItem(name, '1');
		else sessionStorage.removeItem(name);
	} catch {
		// Storage refused (a sandboxed frame, some private modes): the flag is a courtesy, not a need.
	}
}

/** Whether the flag was set before this page loaded; reading it clears it, so it is told once. */
export function takeTabFlag(name: string): boolean {
	try {
		const set = sessionStorage.getItem(name) === '1';
		sessionStorage.removeItem(name);
		return set;
	} catch {
		return false;
	}
}
