// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { START_FAILED_ID, reportStartFailure, startingUp } from './start-failure';

/** The inline watcher exactly as src/app.html carries it. */
const watcher = readFileSync(`${import.meta.dirname}/../../app.html`, 'utf8').match(/<script>([\s\S]*?)<\/script>/);

/** An unhandled rejection as the browser reports it when `import()` of the page's code fails. */
function rejection(reason: unknown): Event {
	return Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason });
}

const notice = () => document.getElementById(START_FAILED_ID)!;

beforeAll(() => {
	expect(watcher, 'src/app.html has the start-up watcher').not.toBeNull();
	new Function(watcher![1])();
});

beforeEach(() => {
	document.documentElement.removeAttribute('data-ready');
	document.body.innerHTML = `<div id="${START_FAILED_ID}" role="alert" hidden><p>Text <a href="/">Reload</a></p></div>`;
});

describe('startingUp', () => {
	it('is true until the layout marks the page ready', () => {
		expect(startingUp(document)).toBe(true);
		document.documentElement.dataset.ready = '';
		expect(startingUp(document)).toBe(false);
	});
});

describe('the start-up watcher of src/app.html', () => {
	it("shows the notice when the app's error hook reports a failure, with a link that reloads the whole address", () => {
		reportStartFailure(window);
		expect(notice().hidden).toBe(false);
		const link = notice().querySelector('a')!;
		expect(link.href).toBe(location.href);
		// The click does not follow the link (a same-address link with a fragment would only scroll): it reloads.
		const click = new MouseEvent('click', { cancelable: true });
		link.dispatchEvent(click);
		expect(click.defaultPrevented).toBe(true);
	});

	it('shows the notice when the code itself cannot be downloaded (a failed import is a TypeError)', () => {
		const failed = rejection(new TypeError('Failed to fetch dynamically imported module: /_app/x.js'));
		dispatchEvent(failed);
		expect(notice().hidden).toBe(false);
		// The user has been told: the browser need not report it as an uncaught error as well, nor the second one.
		expect(failed.defaultPrevented).toBe(true);
		const again = rejection(new TypeError('Failed to fetch dynamically imported module: /_app/y.js'));
		dispatchEvent(again);
		expect(again.defaultPrevented).toBe(true);
	});

	it('ignores other rejected promises while the page starts', () => {
		const quota = rejection(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		dispatchEvent(quota);
		dispatchEvent(rejection(undefined));
		expect(notice().hidden).toBe(true);
		expect(quota.defaultPrevented).toBe(false);
	});

	it('stays quiet once the page has started', () => {
		document.documentElement.dataset.ready = '';
		reportStartFailure(window);
		const late = rejection(new TypeError('Failed to fetch'));
		dispatchEvent(late);
		expect(notice().hidden).toBe(true);
		expect(late.defaultPrevented).toBe(false);
	});

	it('does nothing on a page without the notice', () => {
		document.body.innerHTML = '';
		expect(() => reportStartFailure(window)).not.toThrow();
	});
});
