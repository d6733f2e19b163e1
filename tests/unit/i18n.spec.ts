import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Checks the translations as files, independently of i18next: every key in both languages, every key the code
// uses present, and no key built at run time (those cannot be checked).

const root = join(import.meta.dirname, '..', '..');
const LANGS = ['hu', 'en'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(obj: unknown, prefix: string, out: Map<string, string>) {
	if (typeof obj === 'string') {
		out.set(prefix, obj);
		return;
	}
	if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
		for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
		return;
	}
	throw new Error(`${prefix}: only strings and objects are allowed in locale files`);
}

/** Every .json file under a folder, as paths relative to it ('wizard.json', 'wizard/step-3.json'). */
function jsonFiles(dir: string, sub = ''): string[] {
	return readdirSync(join(dir, sub)).flatMap((name) => {
		const rel = sub ? `${sub}/${name}` : name;
		if (statSync(join(dir, rel)).isDirectory()) return jsonFiles(dir, rel);
		return name.endsWith('.json') ? [rel] : [];
	});
}

// A file's path is its key prefix: locales/hu/wizard/step-3.json holds `wizard.step-3.…` (the area 'wizard/step-3').
const prefixOf = (file: string) =>
	file
		.replace(/\.json$/, '')
		.split('/')
		.join('.');

// Keys defined in two files: at run time one would silently replace the other.
const duplicates: string[] = [];

function loadLang(lang: string): Map<string, string> {
	const dir = join(root, 'locales', lang);
	const out = new Map<string, string>();
	for (const file of jsonFiles(dir)) {
		const keys = new Map<string, string>();
		flatten(JSON.parse(readFileSync(join(dir, file), 'utf8')), prefixOf(file), keys);
		for (const [key, text] of keys) {
			if (out.has(key)) duplicates.push(`${lang}: ${key} (again in ${file})`);
			out.set(key, text);
		}
	}
	return out;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
	});
}

const messages = Object.fromEntries(LANGS.map((l) => [l, loadLang(l)])) as Record<
	(typeof LANGS)[number],
	Map<string, string>
>;
const localeFiles = Object.fromEntries(LANGS.map((l) => [l, jsonFiles(join(root, 'locales', l)).sort()]));
// The first segment of a key ('wizard' for both wizard.json and wizard/step-3.json).
const areas = new Set(localeFiles.hu.map((f) => f.replace(/\.json$/, '').split('/')[0]));
const files = sourceFiles(join(root, 'src'));

/** Keys used in the code: t('…') calls and `area.phrase` string literals (for keys kept in data lists). */
function usedKeys(): Map<string, string> {
	const used = new Map<string, string>();
	const literal = /(['"`])([a-z0-9-]+(?:\.[a-z0-9-]+)+)\1/g;
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(literal)) {
			const key = m[2];
			if (areas.has(key.split('.')[0]) && !/\.(ts|js|svelte|json|css|html|png|svg|txt)$/.test(key)) {
				used.set(key, relative(root, file));
			}
		}
	}
	return used;
}

function exists(map: Map<string, string>, key: string): boolean {
	return map.has(key) || [...map.keys()].some((k) => k.replace(PLURAL, '') === key);
}

describe('translations', () => {
	it('have the same files in Hungarian and English, and define each key once', () => {
		expect(localeFiles.en).toEqual(localeFiles.hu);
		expect(duplicates).toEqual([]);
	});

	it('have the same keys in Hungarian and English', () => {
		const hu = [...messages.hu.keys()].sort();
		const en = [...messages.en.keys()].sort();
		expect(
			hu.filter((k) => !messages.en.has(k)),
			'in hu, missing in en'
		).toEqual([]);
		expect(
			en.filter((k) => !messages.hu.has(k)),
			'in en, missing in hu'
		).toEqual([]);
	});

	it('have no empty strings and keep the same {{placeholders}} in both languages', () => {
		const problems: string[] = [];
		for (const [key, hu] of messages.hu) {
			const en = messages.en.get(key) ?? '';
			if (!hu.trim() || !en.trim()) problems.push(`${key}: empty`);
			const vars = (s: string) =>
				[...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
					.map((m) => m[1])
					.sort()
					.join(',');
			if (vars(hu) !== vars(en)) problems.push(`${key}: ${vars(hu)} ≠ ${vars(en)}`);
		}
		expect(problems).toEqual([]);
	});

	it('contain every key the code uses', () => {
		const missing: string[] = [];
		for (const [key, file] of usedKeys()) {
			for (const lang of LANGS) if (!exists(messages[lang], key)) missing.push(`${lang}: ${key} (${file})`);
		}
		expect(missing).toEqual([]);
	});

	it('are never looked up with keys built at run time', () => {
		const dynamic: string[] = [];
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(/\bt\(\s*(`[^`]*\$\{|['"][^'"]*['"]\s*\+)/g))
				dynamic.push(`${relative(root, file)}: ${m[0]}`);
		}
		expect(dynamic).toEqual([]);
	});

	it('the scanner itself finds keys and flags a missing one', () => {
		// Guards the guard: a key that does not exist must be reported as missing.
		expect(exists(messages.hu, 'common.app-name')).toBe(true);
		expect(exists(messages.hu, 'common.no-such-key')).toBe(false);
		expect(usedKeys().has('common.skip-link')).toBe(true);
		// Nested files are read with their folder as part of the key.
		expect(localeFiles.hu).toContain('wizard/step-3.json');
		expect(exists(messages.hu, 'wizard.step-3.intro')).toBe(true);
		expect(exists(messages.hu, 'wizard/step-3.intro')).toBe(false);
	});
});
