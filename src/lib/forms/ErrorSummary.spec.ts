// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAreas } from '$lib/i18n';
import ErrorSummary from './ErrorSummary.svelte';

beforeAll(() => loadAreas('hu', []));

const problem = { fieldId: 'name', text: 'Adja meg a nevét.' };

describe('ErrorSummary', () => {
	it('renders nothing while there is no problem', () => {
		render(ErrorSummary, { problems: [] });
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('shows the one title and a link to each field, and takes focus when it appears', async () => {
		render(ErrorSummary, { problems: [problem, { fieldId: 'email', text: 'Az e-mail-cím hibás.' }], attempt: 1 });
		const alert = screen.getByRole('alert');
		expect(alert.querySelector('h2')?.textContent).toBe('Valamit javítani kell');
		const links = screen.getAllByRole('link');
		expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
			['#name', 'Adja meg a nevét.'],
			['#email', 'Az e-mail-cím hibás.']
		]);
		await tick();
		await tick();
		expect(document.activeElement).toBe(alert);
	});

	it('takes focus again on the next failed submit, and a link puts the cursor in its field', async () => {
		const input = document.body.appendChild(Object.assign(document.createElement('input'), { id: 'name' }));
		input.scrollIntoView = () => {};
		const { rerender } = render(ErrorSummary, { problems: [problem], attempt: 1 });
		await tick();
		screen.getByRole('link').click();
		expect(document.activeElement).toBe(input);

		await rerender({ problems: [problem], attempt: 2 });
		flushSync();
		await tick();
		await tick();
		expect(document.activeElement).toBe(screen.getByRole('alert'));
	});
});
