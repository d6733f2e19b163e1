#!/usr/bin/env node
// Project rules that a type checker cannot see. Exits 1 and names file:line for each breach.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(import.meta.dirname, '..');

function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

// Comments may explain in any language; only code and markup are checked for user-visible text.
function stripComments(text) {
	return text
		.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '))
		.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
		.replace(/(^|[^:'"`])\/\/.*$/gm, (m, p) => p);
}

const rules = [
	{
		name: 'idb is imported only in src/lib/storage/',
		applies: (f) => !f.startsWith(`src${sep}lib${sep}storage${sep}`),
		test: (line) => /from ['"]idb['"]|import\(['"]idb['"]\)/.test(line)
	},
	{
		name: 'the OTP core takes time as a parameter (no Date.now / new Date())',
		applies: (f) => f.startsWith(`src${sep}lib${sep}otp${sep}`) && !f.endsWith('.spec.ts'),
		test: (line) => /Date\.now\(|new Date\(\s*\)/.test(line)
	},
	{
		name: 'no {@html}: text is rendered as text',
		applies: (f) => f.endsWith('.svelte'),
		test: (line) => /\{@html/.test(line)
	},
	{
		name: 'no console.log (a secret could end up in a log)',
		applies: (f) => !f.endsWith('.spec.ts'),
		test: (line) => /console\.(log|info|debug)\(/.test(line)
	},
	{
		name: 'no Hungarian text outside locales/ (use an i18n key)',
		applies: (f) => !f.endsWith('.spec.ts'),
		// Official proper names are allowed: they are the same in every language.
		test: (line) => /[őűáéíóöúüŐŰÁÉÍÓÖÚÜ]/.test(line.replace(/Ügyfélkapu\+?|ugyfelkapu/g, ''))
	},
	{
		name: 'no storage APIs outside src/lib/storage/ (secrets must never be stored)',
		applies: (f) => !f.startsWith(`src${sep}lib${sep}storage${sep}`) && !f.endsWith('.spec.ts'),
		test: (line) => /\b(localStorage|sessionStorage|indexedDB|document\.cookie)\b/.test(line)
	}
];

const files = walk(join(root, 'src'))
	.map((p) => relative(root, p))
	.filter((f) => /\.(ts|js|svelte)$/.test(f));

const problems = [];
for (const file of files) {
	const raw = readFileSync(join(root, file), 'utf8');
	const original = raw.split('\n');
	const lines = stripComments(raw).split('\n');
	for (const rule of rules) {
		if (!rule.applies(file)) continue;
		lines.forEach((line, i) => {
			// A deliberate exception carries `lint-allow: <reason>` on the same line.
			if (rule.test(line) && !/lint-allow:/.test(original[i]))
				problems.push(`${file}:${i + 1}: ${rule.name}\n    ${line.trim()}`);
		});
	}
}

if (problems.length) {
	console.error(problems.join('\n'));
	console.error(`\n${problems.length} problem(s).`);
	process.exit(1);
}
console.log(`lint: ${files.length} files, 0 problems`);
