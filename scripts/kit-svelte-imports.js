// A Vite plugin: SvelteKit's client router imports Svelte as a namespace (`import * as svelte from 'svelte'`) so it
// can test for functions newer Svelte versions add. A namespace object that is used as a value keeps every export of
// Svelte in the bundle (the legacy lifecycle functions, createRawSnippet, createEventDispatcher…): about 0.6 KiB gzip
// on every page. The router's file gets, in place of Svelte's entry, a module that re-exports only the names the
// router reads. Whenever the router uses the namespace in any other way, or reads a name Svelte does not export
// (a test for a function this Svelte lacks), the plugin warns and leaves the import as it is: at worst the bytes stay,
// the behaviour never changes.
import { readFileSync } from 'node:fs';

const VIRTUAL = '\0kit-svelte-imports';
const ROUTER = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
const NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * The names a module exports by `export function|const|let|var|class name` or `export { a, b as c }`; null when it
 * also has `export *`, whose names cannot be listed from the text.
 * @param {string} code
 */
export function exportedNames(code) {
	if (/^export\s*\*/m.test(code)) return null;
	/** @type {Set<string>} */
	const names = new Set();
	for (const m of code.matchAll(/^export\s+(?:async\s+)?(?:function\s*\*?|const|let|var|class)\s*([A-Za-z_$][\w$]*)/gm))
		names.add(m[1]);
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
 * How a module uses its `svelte` namespace: the names it reads (`svelte.name`, `const { a, b } = svelte`), and
 * whether it also uses it in a way whose names cannot be told (`svelte[x]`, `'x' in svelte`, a default in a
 * destructuring, passing the namespace on). Comments are not code.
 * @param {string} code
 */
export function namespaceUses(code) {
	const bare = code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
	/** @type {Set<string>} */
	const reads = new Set();
	let unknown = false;
	for (const m of bare.matchAll(/(?<![\w$.'"`/-])svelte(?![\w$])/g)) {
		const before = bare.slice(0, m.index);
		const member = bare.slice(m.index + m[0].length).match(/^\s*\.\s*([A-Za-z_$][\w$]*)/);
		const destructured = before.match(/\{([^{}]*)\}\s*=\s*$/);
		if (member) reads.add(member[1]);
		else if (/import\s*\*\s*as\s*$/.test(before)) continue;
		else if (destructured) {
			for (const part of destructured[1].split(',').map((p) => p.trim())) {
				const name = part.split(/\s*:\s*/)[0];
				if (NAME.test(name) && !part.includes('=')) reads.add(name);
				else if (part !== '') unknown = true;
			}
		} else unknown = true;
	}
	return { reads, unknown };
}

/**
 * The plugin; `vite.config.ts` puts it before SvelteKit's.
 * @returns {import('vite').Plugin}
 */
export function kitSvelteImports() {
	let module = '';
	return {
		name: 'kit-svelte-imports',
		enforce: 'pre',
		apply: 'build',
		async resolveId(source, importer, options) {
			if (source !== 'svelte' || !importer || !ROUTER.test(importer) || options?.ssr) return null;
			const router = readFileSync(importer, 'utf8');
			if (!/import\s*\*\s*as\s+svelte\s+from\s*['"]svelte['"]/.test(router)) return null;
			const entry = await this.resolve('svelte', importer, { skipSelf: true });
			if (!entry) return null;
			const exported = exportedNames(readFileSync(entry.id.split('?')[0], 'utf8'));
			const { reads, unknown } = namespaceUses(router);
			const missing = [...reads].filter((n) => !exported?.has(n));
			if (!exported || unknown || missing.length > 0 || reads.size === 0) {
				this.warn(
					`SvelteKit's router uses Svelte in a way this plugin cannot list${missing.length ? ` (${missing.join(', ')})` : ''}; its import is left whole.`
				);
				return null;
			}
			module = `export { ${[...reads].sort().join(', ')} } from ${JSON.stringify(entry.id)};\n`;
			return VIRTUAL;
		},
		load(id) {
			return id === VIRTUAL ? module : null;
		}
	};
}
