import { clockCorrection, clockVerdict, estimateClockOffset, type ClockVerdict } from './clock-offset';

/** Where the check of this device's clock stands. */
export type ClockCheckStatus = { kind: 'idle' | 'offline' | 'checking' } | { kind: 'done'; verdict: ClockVerdict };

/**
 * The check of this device's clock against the server's Date header. One per visit, outside the component,
 * so re-rendering the page (e.g. when a key is typed) does not send the request again.
 */
export class ClockCheck {
	status = $state<ClockCheckStatus>({ kind: 'idle' });
	/**
	 * How far this device's clock is ahead of the server's (ms; 0 when right or unknown). Kept when the connection
	 * goes away: the clock does not drift by seconds in the meantime.
	 */
	correctionMs = $state(0);

	/** The server's time now, as well as this device can tell: every code and comparison uses it. */
	now(): number {
		return Date.now() - this.correctionMs;
	}

	/** Asks the server for its time (browser only) and updates `status`. */
	async run(): Promise<void> {
		if (!navigator.onLine) {
			this.status = { kind: 'offline' };
			return;
		}
		this.status = { kind: 'checking' };
		try {
			const sentAt = Date.now();
			// Only the server's Date header is wanted: a bare HEAD of a static file, no query, body, cookies or
			// referrer, and no-store so neither the HTTP cache nor the service worker answers with an old date
			// (Workbox routes only GET, and robots.txt is not precached).
			const response = await fetch('/robots.txt', {
				method: 'HEAD',
				cache: 'no-store',
				credentials: 'omit',
				referrerPolicy: 'no-referrer'
			});
			const receivedAt = Date.now();
			const estimate = response.ok
				? estimateClockOffset({ sentAt, receivedAt, dateHeader: response.headers.get('date') })
				: null;
			if (estimate !== null) this.correctionMs = clockCorrection(estimate);
			this.status = { kind: 'done', verdict: clockVerdict(estimate) };
		} catch {
			this.status = navigator.onLine ? { kind: 'done', verdict: { kind: 'unknown' } } : { kind: 'offline' };
		}
	}

	/** The connection went away: the last verdict may still be right, but a new check cannot be made. */
	wentOffline(): void {
		this.status = { kind: 'offline' };
	}
}

export const clockCheck = new ClockCheck();
