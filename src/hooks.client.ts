import type { ClientInit } from '@sveltejs/kit';
import { pwa } from '$lib/pwa/pwa.svelte';

// Registering the service worker before the first page renders starts the offline download sooner on slow phones.
export const init: ClientInit = () => {
	void pwa.start();
};
