import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportedNames, namespaceUses } from '../../scripts/kit-svelte-imports.js';

describe('the names SvelteKit’s router reads from Svelte', () => {
	it('finds member reads, a member on the next line and a destructuring, and skips comments and addresses', () => {
		const code = [
			"import * as svelte from 'svelte';",
			'const { onMount, tick: nextTick } = svelte;',
			'const untrack = svelte.untrack ?? ((v) => v());',
			'void svelte',
			'\t.settled?.();',
			'// see https://svelte.dev/docs and svelte[x] in a comment',
			"const url = 'https://svelte.dev/e/oops';",
			'/** @type {import("svelte").Fork} */',
			'if (svelte . fork) {}'
		].join('\n');
		const uses = namespaceUses(code);
		expect([...uses.reads].sort()).toEqual(['fork', 'onMount', 'settled', 'tick', 'untrack']);
		expect(uses.unknown).toBe(false);
	});

	it('says so when the namespace is used in a way whose names cannot be told', () => {
		for (const use of [
			"if ('fork' in svelte) {}",
			'const f = svelte[name];',
			'const { fork = null } = svelte;',
			'register(svelte);'
		]) {
			expect(namespaceUses(`import * as svelte from 'svelte';\n${use}`).unknown, use).toBe(true);
		}
	});

	it('lists exported functions, constants, classes and re-exported names, with their public names', () => {
		const code = [
			'export function onMount(fn) {}',
			'export async function later() {}',
			'export const flushSync = () => {};',
			'export class Fork {}',
			"export { fork } from './batch.js';",
			'export {',
			'\tgetContext,',
			'\tinternal as setContext',
			"} from './context.js';",
			'function notExported() {}',
			'  export { indented };'
		].join('\n');
		expect([...(exportedNames(code) ?? [])].sort()).toEqual([
			'Fork',
			'flushSync',
			'fork',
			'getContext',
			'later',
			'onMount',
			'setContext'
		]);
		// Names behind `export *` cannot be listed from the text.
		expect(exportedNames(`${code}\nexport * from './more.js';`)).toBeNull();
	});

	it('the installed router reads only names the installed Svelte exports, and in no other way', () => {
		const router = readFileSync('node_modules/@sveltejs/kit/src/runtime/client/client.js', 'utf8');
		const svelte = exportedNames(readFileSync('node_modules/svelte/src/index-client.js', 'utf8'));
		const { reads, unknown } = namespaceUses(router);
		// What the router relies on today; each must survive the trim, or SvelteKit would find it missing.
		for (const name of ['onMount', 'tick', 'untrack', 'settled', 'fork']) expect([...reads]).toContain(name);
		// Otherwise the plugin would leave the import whole (and warn): the bytes would come back.
		expect(unknown).toBe(false);
		expect([...reads].filter((n) => !svelte?.has(n))).toEqual([]);
	});
});
