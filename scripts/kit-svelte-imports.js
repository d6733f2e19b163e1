// A Vite plugin: SvelteKit's client router imports Svelte as a namespace (`import * as svelte from 'svelte'`) so it
// can test for functions newer Svelte versions add. A namespace object that is used as a value keeps every export of
// Svelte in the bundle (the legacy lifecycle functions, createRawSnippet, createEventDispatcher…): about 0.6 KiB gzip
// on every page. The router's file gets, in place of Svelte's entry, a module that re-exports only the names the
// router reads. Names Svelte does not export are left out, so `svelte.x` is undefined exactly as before.
import { readFileSync } from 'node:fs';

const VIRTUAL = '\0kit-svelte-imports';
const ROUTER = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;

/**
 * The names a module exports by `export function name` or `export { a, b as c }`.
 * @param {string} code
 */
export function exportedNames(code) {
	/** @type {Set<string>} */
	const names = new Set();
	for (const m of code.matchAll(/^export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm)) names.add(m[1]);
	for (const m of code.matchAll(/^export\s*\{([^}]*)\}/gm)) {
		for (const part of m[1].split(',')) {
			const name = part
				.trim()
				.split(/\s+as\s+/)
				.pop();
			if (name) names.add(name);
		}
	}
	return names;
}

/**
 * The names a module reads from its `svelte` namespace: `svelte.name` and `const { a, b } = svelte`.
 * @param {string} code
 */
export function namespaceReads(code) {
	/** @type {Set<string>} */
	const names = new Set();
	for (const m of code.matchAll(/(?<![\w$./])svelte\s*\.\s*([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
	for (const m of code.matchAll(/\{([^}]*)\}\s*=\s*svelte\b/g)) {
		for (const part of m[1].split(',')) {
			const name = part.trim().split(/\s*:\s*/)[0];
			if (name) names.add(name);
		}
	}
	return names;
}

/**
 * The plugin; `vite.config.ts` puts it before SvelteKit's.
 * @returns {import('vite').Plugin}
 */
export function kitSvelteImports() {
	/** @type {string[]} */
	let names = [];
	return {
		name: 'kit-svelte-imports',
		enforce: /** @type {const} */ ('pre'),
		apply: /** @type {const} */ ('build'),
		async resolveId(source, importer, options) {
			if (source !== 'svelte' || !importer || !ROUTER.test(importer) || options?.ssr) return null;
			const router = readFileSync(importer, 'utf8');
			// Another way of importing Svelte in a later SvelteKit: leave it alone.
			if (!/import\s*\*\s*as\s+svelte\s+from\s*['"]svelte['"]/.test(router)) return null;
			const entry = await this.resolve('svelte', importer, { skipSelf: true });
			if (!entry) return null;
			const exported = exportedNames(readFileSync(entry.id.split('?')[0], 'utf8'));
			names = [...namespaceReads(router)].filter((n) => exported.has(n)).sort();
			return VIRTUAL;
		},
		load(id) {
			return id === VIRTUAL ? `export { ${names.join(', ')} } from 'svelte';\n` : null;
		}
	};
}
