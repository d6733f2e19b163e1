import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { deleteAllData, loadProgress, saveProgress, storageStatus } from '$lib/storage/db';
import { isoDate } from './iso-date';
import { Progress } from './progress.svelte';

afterEach(async () => {
	await deleteAllData();
});

describe('wizard progress', () => {
	test('starts empty at step 1 when nothing is stored', async () => {
		const p = new Progress();
		await p.load();
		expect(p.loaded).toBe(true);
		expect(p.current).toBe(1);
		expect(p.completed).toEqual({});
		expect(p.started).toBe(false);
	});

	test('completing steps is stored and read back by a fresh instance (a reload)', async () => {
		const first = new Progress();
		await first.load();
		expect(await first.complete(1, '2025-01-10')).toBe(true);
		await first.complete(2, '2025-01-11');
		await first.setUsername('  minta123 ');
		await first.complete(3, '2025-01-11');
		await first.complete(4, '2025-01-12');
		expect(storageStatus()).toBe('available');

		const reloaded = new Progress();
		await reloaded.load();
		expect(reloaded.current).toBe(5);
		expect(reloaded.completed).toEqual({ 1: '2025-01-10', 2: '2025-01-11', 3: '2025-01-11', 4: '2025-01-12' });
		expect(reloaded.username).toBe('minta123');
		expect(reloaded.started).toBe(true);
		expect(reloaded.finished).toBe(false);
	});

	test('the stored record holds only progress fields, never a key or removal code', async () => {
		const p = new Progress();
		await p.load();
		await p.complete(7, '2025-01-12');
		const stored = await loadProgress();
		expect(Object.keys(stored ?? {}).sort()).toEqual(['completed', 'current', 'updatedAt', 'username']);
	});

	test('resuming leads to the first step not done, whatever was visited last', async () => {
		const p = new Progress();
		await p.load();
		expect(p.resumeStep).toBe(1);
		await p.complete(1, '2025-01-12');
		await p.complete(2, '2025-01-12');
		await p.complete(4, '2025-01-12');
		await p.visit(8);
		expect(p.resumeStep).toBe(3);
		await p.complete(3, '2025-01-12');
		expect(p.resumeStep).toBe(5);
		for (let n = 1; n <= 9; n++) await p.complete(n, '2025-01-12');
		// Nothing left to do: the last step (how to log in from now on) is the one to come back to.
		expect(p.resumeStep).toBe(9);
	});

	test('the last step stays current once everything is done', async () => {
		const p = new Progress();
		await p.load();
		for (let n = 1; n <= 9; n++) await p.complete(n, '2025-01-12');
		expect(p.current).toBe(9);
		expect(p.finished).toBe(true);
	});

	test('visiting a step makes it the one to continue from', async () => {
		const p = new Progress();
		await p.load();
		await p.visit(6);
		const reloaded = new Progress();
		await reloaded.load();
		expect(reloaded.current).toBe(6);
	});

	test('start again saves an empty progress', async () => {
		const p = new Progress();
		await p.load();
		await p.complete(1, '2025-01-12');
		await p.reset();
		const reloaded = new Progress();
		await reloaded.load();
		expect(reloaded.current).toBe(1);
		expect(reloaded.completed).toEqual({});
		expect(reloaded.started).toBe(false);
	});

	test('a damaged record is cleaned on load', async () => {
		await saveProgress({
			current: 42,
			completed: { 1: '2025-01-01', 12: '2025-01-01', 3: 7 as unknown as string },
			username: 'x',
			lang: 'en',
			updatedAt: ''
		});
		const p = new Progress();
		await p.load();
		expect(p.current).toBe(1);
		expect(p.completed).toEqual({ 1: '2025-01-01' });
		expect(p.username).toBe('x');
	});

	test('after "delete my data" nothing is stored and memory is cleared', async () => {
		const p = new Progress();
		await p.load();
		await p.complete(2, '2025-01-12');
		expect(await deleteAllData()).toBe(true);
		p.clearMemory();
		expect(p.started).toBe(false);
		expect(await loadProgress()).toBeUndefined();
	});

	test('isoDate uses the local calendar day', () => {
		expect(isoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
	});
});
