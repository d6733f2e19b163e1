import type { Handle } from '@sveltejs/kit';

// Prerendering runs this hook: it sets <html lang> per page so screen readers use the right voice.
export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.params.lang === 'en' ? 'en' : 'hu';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
