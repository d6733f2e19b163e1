import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// One word for each thing ("Words" in ../shared/FACTS.md): every variant below has a chosen word instead, and
// this test fails when a variant appears anywhere in the texts of that language.

const root = join(import.meta.dirname, '..', '..');

interface Banned {
	variant: RegExp;
	use: string;
}

const BANNED: Record<'hu' | 'en', readonly Banned[]> = {
	hu: [
		// The app is the "segéd"; "alkalmazás" is the authenticator.
		{ variant: /ezzel az alkalmazással/i, use: 'a segéd…' },
		{ variant: /\baz alkalmazás (soha|mostantól|újabb|így|csak)/i, use: 'a segéd' },
		{ variant: /segédlet/i, use: 'segéd' },
		// The key is never a "kód".
		{ variant: /(16|tizenhat) (számjegyű|jegyű|karakteres) kód/i, use: 'kulcs' },
		{ variant: /kulcskód|titkos kód/i, use: 'kulcs' },
		{ variant: /táblagép/i, use: 'tablet' },
		{ variant: /hatjegyű|hat számjegyű|6 jegyű|6-jegyű/i, use: '6 számjegyű' },
		{ variant: /videóhívás|video-hívás|videó-hívás/i, use: 'videohívás' },
		{ variant: /fiók neve|fióknevet a telefon/i, use: 'fióknév' },
		{ variant: /betűről betűre/i, use: 'jelről jelre' },
		// A character of the key is a "jel" ("karakter" stays fine for the length of a name field).
		{ variant: /kulcs[^.]*karakter|karakter[^.]*kulcs|\d+ karakter\b/i, use: 'jel' },
		{ variant: /törlő kód(?!,)|törlési kód(?!,)/i, use: 'törlőkód' },
		{ variant: /Elveszett vagy lecseréltem/, use: 'Elvesztettem, ellopták vagy lecserélem…' },
		// In running text the office is written lower case.
		{ variant: /[a-záéíóöőúüű,] Kormányablak/, use: 'kormányablak' },
		// "Every kormányablak" is only reported, never promised.
		{ variant: /bármelyik kormányablak/i, use: 'egy kormányablakban' },
		{ variant: /sütik?(et|jeit)?\b.*töröl|töröl.*sütij/i, use: 'másik böngésző vagy privát ablak' }
	],
	en: [
		{ variant: /turns? (the code )?down|turned down/i, use: 'rejects' },
		{ variant: /letter by letter/i, use: 'character by character' },
		{ variant: /cancellation code|deletion code(?!,)/i, use: 'removal code' },
		{ variant: /\bthe app (never|works|still)/i, use: 'the helper' },
		{ variant: /any government office|every government office|any Kormányablak/i, use: 'a kormányablak' },
		{ variant: /clear the browser's cookies|delete (the )?cookies/i, use: 'another browser or a private window' }
	]
};

function jsonFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return jsonFiles(path);
		return name.endsWith('.json') ? [path] : [];
	});
}

function texts(value: unknown, key: string, out: [string, string][]) {
	if (typeof value === 'string') out.push([key, value]);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) texts(v, key ? `${key}.${k}` : k, out);
}

/** Every text of a language with its file and key. */
function allTexts(lang: string): [string, string][] {
	const out: [string, string][] = [];
	for (const file of jsonFiles(join(root, 'locales', lang))) {
		const where = relative(join(root, 'locales'), file);
		const inFile: [string, string][] = [];
		texts(JSON.parse(readFileSync(file, 'utf8')), '', inFile);
		for (const [key, text] of inFile) out.push([`${where}: ${key}`, text]);
	}
	return out;
}

// The search synonyms list the words people type, variants included, on purpose.
const isSynonymList = (key: string) => key.includes('search-synonyms');

describe.each(['hu', 'en'] as const)('the %s texts', (lang) => {
	it('use one word for each thing', () => {
		const found: string[] = [];
		for (const [key, text] of allTexts(lang)) {
			if (isSynonymList(key)) continue;
			for (const { variant, use } of BANNED[lang]) {
				const m = text.match(variant);
				if (m) found.push(`${key} „${m[0]}” → ${use}`);
			}
		}
		expect(found).toEqual([]);
	});
});

describe('the banned-variant table', () => {
	it('catches the variants it lists and lets the chosen words through', () => {
		const hits = (lang: 'hu' | 'en', text: string) => BANNED[lang].some((b) => b.variant.test(text));
		expect(hits('hu', 'Ellenőrizze a kódot ezzel az alkalmazással')).toBe(true);
		expect(hits('hu', 'Elveszett vagy lecseréltem a telefonomat')).toBe(true);
		expect(hits('hu', 'Írja be betűről betűre.')).toBe(true);
		expect(hits('hu', 'telefonon vagy táblagépen')).toBe(true);
		expect(hits('hu', 'kérhet újat egy Kormányablakban')).toBe(true);
		expect(hits('hu', 'A kulcs legalább 16 karakter.')).toBe(true);
		expect(hits('hu', 'Legfeljebb {{max}} karaktert írhat ide')).toBe(false);
		expect(hits('hu', 'Írja be jelről jelre a 6 számjegyű kódot a tableten.')).toBe(false);
		expect(hits('hu', 'Kormányablakban is segítenek.')).toBe(false);
		expect(hits('en', 'the official site turns the code down')).toBe(true);
		expect(hits('en', 'the official site rejects the code')).toBe(false);
	});
});
