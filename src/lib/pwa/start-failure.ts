// When a page cannot start in the browser (its text or code did not arrive), SvelteKit would replace the prerendered
// page, which is already readable, with an error page. Instead the page stays as it came and says what happened:
// its links still work as ordinary links, and a reload (from the worker's cache, once it has one) usually fixes it.

/** The notice the language layout prerenders, hidden, on every page. */
export const START_FAILED_ID = 'start-failed';

/** True until the page has started (the language layout marks `<html data-ready>` once everything is live). */
export function startingUp(doc: Document): boolean {
	return doc.documentElement.dataset.ready === undefined;
}

/**
 * Show the prerendered notice. Its link reloads the whole address: an accountant's link lives in the fragment, and
 * following a link to the same address with a fragment would only scroll, not reload.
 */
export function showStartFailure(doc: Document, location: Pick<Location, 'href' | 'reload'>): void {
	const notice = doc.getElementById(START_FAILED_ID);
	if (!notice || !notice.hidden) return;
	const link = notice.querySelector('a');
	link?.setAttribute('href', location.href);
	link?.addEventListener('click', (event) => {
		event.preventDefault();
		location.reload();
	});
	notice.hidden = false;
}
