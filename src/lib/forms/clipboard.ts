/**
 * Copy text to the clipboard; resolves false when the browser has no clipboard API (old browsers,
 * plain-http pages) or refuses, so the caller can show the text to copy by hand instead.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
