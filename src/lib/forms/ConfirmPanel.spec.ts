// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import ConfirmPanel from './ConfirmPanel.svelte';

const words = { trigger: 'Delete', heading: 'Sure?', text: 'This cannot be undone.', yes: 'Yes', no: 'No' };

describe('ConfirmPanel', () => {
	it('asks first; "no" closes the panel, returns focus to the trigger and does nothing', async () => {
		const onconfirm = vi.fn();
		render(ConfirmPanel, { ...words, onconfirm });
		screen.getByRole('button', { name: 'Delete' }).click();
		await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Sure?' })));
		screen.getByRole('button', { name: 'No' }).click();
		await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' })));
		expect(screen.queryByRole('group')).toBeNull();
		expect(onconfirm).not.toHaveBeenCalled();
	});

	it('"yes" runs the action once, with the button disabled while it runs', async () => {
		let finish = () => {};
		const onconfirm = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
		render(ConfirmPanel, { ...words, onconfirm });
		screen.getByRole('button', { name: 'Delete' }).click();
		await tick();
		const yes = screen.getByRole('button', { name: 'Yes' }) as HTMLButtonElement;
		yes.click();
		await tick();
		expect(yes.disabled).toBe(true);
		yes.click();
		finish();
		await vi.waitFor(() => expect(screen.queryByRole('group')).toBeNull());
		expect(onconfirm).toHaveBeenCalledTimes(1);
	});
});
