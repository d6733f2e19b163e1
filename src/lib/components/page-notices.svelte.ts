import { tick } from 'svelte';

/**
 * Short notices a page raises for the floating area at the bottom edge, which the layout shows: a notice that
 * arrives after the first paint there moves nothing on the page. Each is said in the page's words (an i18n key).
 */
export type PageNotice = { id: string; key: string; dismiss?: () => void };

class PageNotices {
	list = $state<PageNotice[]>([]);

	/** Show a notice (once per id). */
	show(notice: PageNotice): void {
		if (!this.list.some((n) => n.id === notice.id)) this.list = [...this.list, notice];
	}

	/** Take a notice away (the page left, or what it said no longer holds). */
	hide(id: string): void {
		if (this.list.some((n) => n.id === id)) this.list = this.list.filter((n) => n.id !== id);
	}
}

export const pageNotices = new PageNotices();

/**
 * After a floating note's own button put it away: focus goes on to where the next Tab would have led, the next note's
 * first control or else the page's main content (the notes come just before it in the document), instead of falling
 * back to the start of the document.
 */
export function focusAfterNote(button: EventTarget | null): void {
	const note = button instanceof Element ? button.closest('.container') : null;
	const area = note?.closest('.notices');
	// Taken now, while the note is still there to say which controls come after it.
	const later =
		note && area
			? [...area.querySelectorAll<HTMLElement>('a[href], button')].filter(
					(el) => !note.contains(el) && note.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING
				)
			: [];
	void tick().then(() => {
		const next = later.find((el) => el.isConnected);
		if (next) next.focus();
		else document.getElementById('main')?.focus({ preventScroll: true });
	});
}
