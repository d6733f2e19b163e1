import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blockKeys, FAQ, renderBlocks } from './faq';
import { FACTS_FAQ_IDS } from '../../../tests/facts-faq-ids';

const hu = JSON.parse(readFileSync('locales/hu/faq.json', 'utf8'));
const en = JSON.parse(readFileSync('locales/en/faq.json', 'utf8'));

function lookup(messages: Record<string, unknown>, key: string): unknown {
	return key
		.replace(/^faq\./, '')
		.split('.')
		.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('the FAQ list', () => {
	test('holds exactly the FAQ points of the facts, once each', () => {
		expect(FAQ.map((f) => f.id).sort()).toEqual([...FACTS_FAQ_IDS].sort());
	});

	test('every question and answer text exists in Hungarian and English', () => {
		for (const f of FAQ) {
			for (const key of [f.questionKey, ...f.answer.flatMap(blockKeys)]) {
				expect(typeof lookup(hu, key), `hu ${key}`).toBe('string');
				expect(typeof lookup(en, key), `en ${key}`).toBe('string');
			}
		}
	});

	test('links go to an official https site, an app page, or another answer', () => {
		const ids = new Set(FAQ.map((f) => f.id));
		for (const f of FAQ) {
			for (const b of f.answer) {
				if (b.kind !== 'link') continue;
				if (b.href.startsWith('#')) expect(ids.has(b.href.slice(1)) || b.href === '#kod-hibakereso', b.href).toBe(true);
				else expect(b.href, b.href).toMatch(/^(https:\/\/[a-z.]+\.gov\.hu\/|\/[a-z-]+)$/);
			}
		}
	});

	test('the DÁP answer holds the comparison table and the help answer names who can help', () => {
		expect(FAQ.find((f) => f.id === 'dap')?.answer).toContainEqual({ kind: 'dap-table' });
		expect(FAQ.find((f) => f.id === 'segitseg')?.answer).toContainEqual({ kind: 'help' });
	});

	test('consecutive bullets render as one list', () => {
		expect(
			renderBlocks([
				{ kind: 'p', key: 'a' },
				{ kind: 'li', key: 'b' },
				{ kind: 'li', key: 'c' },
				{ kind: 'link', key: 'd', href: '#x' },
				{ kind: 'li', key: 'e' }
			])
		).toEqual([
			{ kind: 'p', key: 'a' },
			{ kind: 'list', keys: ['b', 'c'] },
			{ kind: 'link', key: 'd', href: '#x' },
			{ kind: 'list', keys: ['e'] }
		]);
	});
});
