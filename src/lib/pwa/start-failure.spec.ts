// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { START_FAILED_ID, showStartFailure, startingUp } from './start-failure';

const ADDRESS = 'https://example.test/#nev=Kiss%20Anna';

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

describe('showStartFailure', () => {
	it('shows the notice with a link to the whole address that reloads the page', () => {
		const reload = vi.fn();
		showStartFailure(document, { href: ADDRESS, reload });
		const notice = document.getElementById(START_FAILED_ID)!;
		expect(notice.hidden).toBe(false);
		const link = notice.querySelector('a')!;
		expect(link.getAttribute('href')).toBe(ADDRESS);
		link.click();
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('sets the link up once, however many downloads fail', () => {
		const reload = vi.fn();
		showStartFailure(document, { href: ADDRESS, reload });
		showStartFailure(document, { href: ADDRESS, reload });
		document.querySelector('a')!.click();
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('does nothing on a page without the notice', () => {
		document.body.innerHTML = '';
		expect(() => showStartFailure(document, { href: ADDRESS, reload: vi.fn() })).not.toThrow();
	});
});
