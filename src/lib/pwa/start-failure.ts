// When a page cannot start in the browser (its text or code did not arrive), SvelteKit would replace the prerendered
// page, which is already readable, with an error page. Instead the page stays as it came and says what happened:
// its links still work as ordinary links, and a reload (from the worker's cache, once it has one) usually fixes it.
// The notice is shown by a small inline script in src/app.html, so that it also appears when none of the app's code
// arrives: on a failed import of the page's code, and on the event below, which the app's error hook sends.

/** The notice the language layout prerenders, hidden, on every page. */
export const START_FAILED_ID = 'start-failed';

/** The event on `window` that makes the inline script show the notice. */
export const START_FAILED_EVENT = 'start-failed';

/** True until the page has started (the language layout marks `<html data-ready>` once everything is live). */
export function startingUp(doc: Document): boolean {
	return doc.documentElement.dataset.ready === undefined;
}

/** Ask the inline script of src/app.html to show the start-up notice (it does so only while the page is starting). */
export function reportStartFailure(target: EventTarget): void {
	target.dispatchEvent(new Event(START_FAILED_EVENT));
}
