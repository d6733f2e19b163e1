import { describe, expect, test } from 'vitest';
import { CompareState } from './compare-state.svelte';

describe('CompareState', () => {
	test('a wrong code then the right code is one device, updated', () => {
		const s = new CompareState();
		s.useKey('K');
		s.name = 'Anna telefonja';
		s.record({ kind: 'no-match' }, 1000);
		s.record({ kind: 'match' }, 2000);
		expect(s.devices).toEqual([
			{ name: 'Anna telefonja', number: 1, result: { kind: 'match' }, checkedAt: 2000, addedAs: null }
		]);
	});

	test('a new device only when asked, with its own name', () => {
		const s = new CompareState();
		s.useKey('K');
		s.name = 'Anna';
		s.record({ kind: 'match' }, 1000);
		s.startAnother();
		expect(s.name).toBe('');
		s.name = 'Béla';
		s.record({ kind: 'offset', steps: -2 }, 2000);
		s.record({ kind: 'match' }, 3000);
		expect(s.devices.map((d) => [d.name, d.number, d.result.kind])).toEqual([
			['Anna', 1, 'match'],
			['Béla', 2, 'match']
		]);
	});

	test('another key starts a new list; the same key keeps it', () => {
		const s = new CompareState();
		s.useKey('K');
		s.record({ kind: 'match' }, 1);
		s.useKey('K');
		expect(s.devices).toHaveLength(1);
		s.useKey('L');
		expect(s.devices).toHaveLength(0);
		expect(s.current).toBeNull();
	});

	test('the snapshot holds the name only, never the code, and survives junk', () => {
		const s = new CompareState();
		s.code = '123 456';
		s.name = 'Anna';
		expect(s.snapshot.capture()).toEqual({ name: 'Anna' });
		s.clearForm();
		// An old snapshot that still carries a code (written by an earlier version) does not bring it back.
		s.snapshot.restore({ code: '654321', name: 'Béla' } as never);
		expect([s.code, s.name]).toEqual(['', 'Béla']);
		s.snapshot.restore(null as never);
		expect([s.code, s.name]).toEqual(['', '']);
	});
});
