/** What a paste brings the reader: a picture, or text pasted outside any field (a copied key or otpauth link). */
export interface Pasted {
	readonly image: File | null;
	readonly text: string;
}

function isEditable(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
	);
}

/**
 * The reader's share of a paste event, or null when it is not the reader's: a picture is always the reader's; text
 * pasted into a field is left to that field.
 */
export function pastedForReader(event: ClipboardEvent): Pasted | null {
	const data = event.clipboardData;
	if (!data) return null;
	const image = Array.from(data.files).find((f) => f.type.startsWith('image/')) ?? null;
	if (image) return { image, text: '' };
	const text = data.getData('text/plain');
	if (text.trim() === '' || isEditable(event.target)) return null;
	return { image: null, text };
}
