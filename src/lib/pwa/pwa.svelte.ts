import { dev } from '$app/environment';

/**
 * Service-worker state for the UI: offline readiness and a waiting update. The worker is src/service-worker.ts
 * (built by SvelteKit); it is registered here with the plain browser API, so the user is asked before an update.
 */
class Pwa {
	offlineReady = $state(false);
	needRefresh = $state(false);
	#registration: ServiceWorkerRegistration | null = null;
	#started = false;

	/** Register the service worker once, in the browser only; never reloads by itself. */
	async start(): Promise<void> {
		// In development a worker would serve stale files; the build registers it.
		if (dev || this.#started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		this.#started = true;
		try {
			const registration = await navigator.serviceWorker.register('/service-worker.js', { scope: '/' });
			this.#registration = registration;
			// A version that finished installing while the page was closed is waiting already.
			if (registration.waiting && navigator.serviceWorker.controller) this.needRefresh = true;
			if (registration.active && !registration.installing && !navigator.serviceWorker.controller) this.#ready();
			registration.addEventListener('updatefound', () => this.#track(registration.installing));
			this.#track(registration.installing);
		} catch {
			// Without a service worker the app still works online; nothing to tell the user.
		}
	}

	#track(worker: ServiceWorker | null): void {
		if (!worker) return;
		worker.addEventListener('statechange', () => {
			// An update waits for the user's consent; a first install means the app now works offline.
			if (worker.state === 'installed' && navigator.serviceWorker.controller) this.needRefresh = true;
			if (worker.state === 'activated' && !navigator.serviceWorker.controller) this.#ready();
		});
	}

	// The app now works offline. Marked on the page too, where tests (and curious users) can see it.
	#ready(): void {
		this.offlineReady = true;
		document.documentElement.dataset.offlineReady = '';
	}

	/** Activate the waiting version, then reload once it has taken over. Only on the user's request. */
	applyUpdate(): void {
		const waiting = this.#registration?.waiting;
		this.needRefresh = false;
		if (!waiting) {
			// Another tab has already switched to the new version: loading this page again is all that is left.
			window.location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}
}

export const pwa = new Pwa();
