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
});
