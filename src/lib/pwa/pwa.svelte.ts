/** Service-worker state for the UI: offline readiness and a waiting update. */
class Pwa {
	offlineReady = $state(false);
	needRefresh = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | null = null;
	#started = false;

	/** Register the service worker once, in the browser only; never reloads by itself. */
	async start(): Promise<void> {
		if (this.#started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		this.#started = true;
		// Loaded lazily so the registration code (workbox-window) stays out of the first render.
		const { registerSW } = await import('virtual:pwa-register');
		this.#update = registerSW({
			immediate: true,
			onOfflineReady: () => {
				this.offlineReady = true;
			},
			onNeedRefresh: () => {
				this.needRefresh = true;
			}
		});
	}

	/** Activate the waiting version; the page reloads once it takes over. Only on the user's request. */
	async applyUpdate(): Promise<void> {
		this.needRefresh = false;
		await this.#update?.(true);
	}
}

export const pwa = new Pwa();
