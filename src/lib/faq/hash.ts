/**
 * The answer id in a /gyik address fragment ('#mi-a-torlokod' → 'mi-a-torlokod'), or null when there is none or
 * it is not valid percent-encoding ('#%', '#%zz'): a mistyped link must not stop the page. Never throws.
 */
export function answerIdFromHash(hash: string): string | null {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	if (raw === '') return null;
	try {
		return decodeURIComponent(raw);
	} catch {
		return null;
	}
}
