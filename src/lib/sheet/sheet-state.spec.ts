import { afterEach, describe, expect, it } from 'vitest';
import { vault } from '$lib/secrets/vault.svelte';
import { SheetState } from './sheet-state.svelte';

// The print dialog tells the page nothing about whether paper came out: only the user's "yes" counts.
describe('SheetState print flow', () => {
	afterEach(() => vault.forget());

	it('a closed print dialog asks, and does not count as printed', () => {
		const sheet = new SheetState();
		vault.setRemovalCode('TK-8842-1937');
		expect(sheet.unsaved).toBe(true);
		sheet.printDialogClosed();
		expect(sheet.asking).toBe(true);
		expect(sheet.printed).toBe(false);
		expect(sheet.unsaved).toBe(true);
	});

	it('"no" drops the question and keeps the sheet unsaved; "yes" counts it as printed', () => {
		const sheet = new SheetState();
		vault.setRemovalCode('TK-8842-1937');
		sheet.printDialogClosed();
		sheet.notPrinted();
		expect(sheet.asking).toBe(false);
		expect(sheet.unsaved).toBe(true);
		sheet.printDialogClosed();
		sheet.confirmPrinted();
		expect(sheet.asking).toBe(false);
		expect(sheet.printed).toBe(true);
		expect(sheet.unsaved).toBe(false);
	});

	it('a code changed after the dialog or after "yes" is not on paper', () => {
		const sheet = new SheetState();
		vault.setRemovalCode('TK-8842-1937');
		sheet.printDialogClosed();
		vault.setRemovalCode('TK-8842-1938');
		expect(sheet.asking).toBe(false);
		sheet.confirmPrinted();
		expect(sheet.printed).toBe(false);
		expect(sheet.unsaved).toBe(true);
	});

	it('with nothing typed there is nothing to ask about', () => {
		const sheet = new SheetState();
		sheet.printDialogClosed();
		expect(sheet.asking).toBe(false);
		expect(sheet.unsaved).toBe(false);
	});
});
