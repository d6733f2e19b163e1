// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadAreas } from '$lib/i18n';
import CopyButton from './CopyButton.svelte';

beforeAll(() => loadAreas('hu', []));
afterEach(() => vi.unstubAllGlobals());

describe('CopyButton', () => {
	it('copies the value current at the click and says so beside the button', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		let value = 'first';
		render(CopyButton, { text: () => value, label: 'Másolás' });
		value = 'minta123@ugyfelkapu.gov.hu';
		screen.getByRole('button', { name: 'Másolás' }).click();
		await vi.waitFor(() => expect(screen.getByRole('status').textContent).toContain('Kimásolva.'));
		expect(writeText).toHaveBeenCalledWith('minta123@ugyfelkapu.gov.hu');
	});

	it('when the browser refuses, shows the text to copy by hand', async () => {
		vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
		render(CopyButton, { text: () => 'https://example.test/#nev=Kiss', label: 'Másolás' });
		screen.getByRole('button', { name: 'Másolás' }).click();
		await vi.waitFor(() => expect(screen.getByRole('status').textContent).toContain('https://example.test/#nev=Kiss'));
		expect(screen.getByRole('status').textContent).toContain('nem sikerült');
	});

	it('a second copy is said again, and "copied" goes once the text to copy has changed', async () => {
		vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.resolve() } });
		const { rerender } = render(CopyButton, { text: () => 'kovacs.jnos@ugyfelkapu.gov.hu', label: 'Másolás' });
		const status = screen.getByRole('status');
		const said: string[] = [];
		new MutationObserver((records) => {
			for (const r of records) for (const n of r.addedNodes) if (n.textContent) said.push(n.textContent);
		}).observe(status, { childList: true, subtree: true });
		const button = screen.getByRole('button', { name: 'Másolás' });
		button.click();
		await vi.waitFor(() => expect(said).toEqual(['Kimásolva.']));
		button.click();
		await vi.waitFor(() => expect(said).toEqual(['Kimásolva.', 'Kimásolva.']));
		// The typo fixed after copying: what is on the clipboard is not this any more.
		await rerender({ text: () => 'kovacs.janos@ugyfelkapu.gov.hu' });
		expect(status.textContent?.trim()).toBe('');
	});
});
