import type { Handle } from '@sveltejs/kit';
import { langFromPath } from '$lib/i18n/langs';

// Prerendering runs this hook: it sets <html lang> per page so screen readers use the right voice. The address,
// not the route's params, decides: an unknown address (the not-found page) has no params.
// `vite preview` and `vite dev` run it too: for an unknown address they then answer like a static host does,
// with the prerendered not-found page (404.html, full header and menu) and the status 404.
export const handle: Handle = async ({ event, resolve }) => {
	const lang = langFromPath(event.url.pathname);
	const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
	const notFoundPage = lang === 'en' ? '/en/404' : '/404';
	if (response.status !== 404 || event.url.pathname === notFoundPage || event.isSubRequest) return response;
	const page = await event.fetch(notFoundPage);
	if (!page.ok) return response;
	return new Response(await page.text(), { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } });
};
