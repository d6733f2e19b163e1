import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { pwa } from '$lib/pwa/pwa.svelte';
import { reportStartFailure, startingUp } from '$lib/pwa/start-failure';

// Registering the service worker before the first page renders starts the offline download sooner on slow phones.
export const init: ClientInit = () => {
	void pwa.start();
};

// SvelteKit waits for this answer before it renders its error page. While the page is starting, that page would
// replace the readable prerendered one, so the answer never comes: the page stays, with a notice. Later errors (a
// link inside the app) show the app's error page as usual.
export const handleError: HandleClientError = ({ message }) => {
	if (!startingUp(document)) return { message };
	reportStartFailure(window);
	return new Promise<App.Error>(() => {});
};
