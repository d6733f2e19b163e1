import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportedNames, namespaceReads } from '../../scripts/kit-svelte-imports.js';

describe('the names SvelteKit’s router reads from Svelte', () => {
	it('finds member reads, a member on the next line and a destructuring, and skips web addresses', () => {
		const code = [
			"import * as svelte from 'svelte';",
			'const { onMount, tick: nextTick } = svelte;',
			'const untrack = svelte.untrack ?? ((v) => v());',
			'void svelte',
			'\t.settled?.();',
			'// see https://svelte.dev/docs and mysvelte.fork',
			'if (svelte . fork) {}'
		].join('\n');
		expect([...namespaceReads(code)].sort()).toEqual(['fork', 'onMount', 'settled', 'tick', 'untrack']);
	});

	it('lists exported functions and re-exported names, with their public names', () => {
		const code = [
			'export function onMount(fn) {}',
			'export async function later() {}',
			"export { flushSync, fork } from './batch.js';",
			'export {',
			'\tgetContext,',
			'\tinternal as setContext',
			"} from './context.js';",
			'function notExported() {}',
			'  export { indented };'
		].join('\n');
		expect([...exportedNames(code)].sort()).toEqual([
			'flushSync',
			'fork',
			'getContext',
			'later',
			'onMount',
			'setContext'
		]);
	});

	it('keeps every name the installed router reads that the installed Svelte exports', () => {
		const router = readFileSync('node_modules/@sveltejs/kit/src/runtime/client/client.js', 'utf8');
		const svelte = exportedNames(readFileSync('node_modules/svelte/src/index-client.js', 'utf8'));
		const reads = [...namespaceReads(router)];
		// What the router relies on today; each must survive the trim, or SvelteKit would find it missing.
		for (const name of ['onMount', 'tick', 'untrack', 'settled', 'fork']) {
			expect(reads).toContain(name);
			expect(svelte.has(name)).toBe(true);
		}
		// And it reads nothing Svelte lacks: web addresses and file names in its comments are not taken for reads.
		expect(reads.filter((n) => !svelte.has(n))).toEqual([]);
	});
});
