import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildFaqIndex, searchFaq, type FaqIndex } from './search-index';

// Real questions, worded the way the readers of the article in ../shared/source/ asked them (and the ways the
// issue found that found nothing), with the answer that must come first. Expected ids are chosen by reading
// the question, not by running the search.
const HU: readonly (readonly [string, string])[] = [
	['torlokod elveszett', 'elveszett-torlokod'],
	['elvesztettem a törlőkódomat', 'elveszett-torlokod'],
	['nincs meg a törlőkód', 'elveszett-torlokod'],
	['rossz kod', 'nem-jo-a-kod'],
	['hibas kod', 'nem-jo-a-kod'],
	['nem jó a kód', 'nem-jo-a-kod'],
	['nem fogadja el a kódot', 'nem-jo-a-kod'],
	['a hivatalos oldal elutasítja a kódot', 'nem-jo-a-kod'],
	['nem tudok bevallást beküldeni, mert elutasít', 'anyk'],
	['email', 'nincs-okostelefon'],
	['e-mailes kód', 'nincs-okostelefon'],
	['nincs okostelefonom', 'nincs-okostelefon'],
	['3 jegyű szám belépéskor', 'nincs-okostelefon'],
	['telefoncsere', 'elveszett-telefon'],
	['ellopták a telefonom', 'elveszett-telefon'],
	['elvesztettem a telefonomat', 'elveszett-telefon'],
	['le kell cserélnem a telefont', 'elveszett-telefon'],
	['új telefon', 'elveszett-telefon'],
	['miért jelenik meg a telefonomon két azonosító kód', 'ket-kod'],
	['két kód van az alkalmazásban', 'ket-kod'],
	['férjem és gyermekem ügyfélkapuja egy telefonon', 'csaladtagok'],
	['több eszközre telepíteni', 'tobb-eszkoz'],
	['hány eszközre állítottam be', 'hany-eszkoz'],
	['ÁNYK-ból nem tudom beküldeni a bevallást', 'anyk'],
	['csoportos beküldés minden bevallásnál új kód', 'anyk-csoportos'],
	['újra be kell adni az UJEGYKE-t', 'ujegyke'],
	['EKAER ügyfélkapu', 'ekaer'],
	['efo nem fogadja el a bejelentkezést alkalmi munka', 'efo'],
	['táppénz igénylés meghatalmazás', 'tappenz-onkormanyzat'],
	['NÉBIH', 'tappenz-onkormanyzat'],
	['egyéni vállalkozó tárhelyére érkező üzenetek', 'egyeni-tarhely'],
	['webes ügysegéd egyéni vállalkozó', 'webes-ugyseged'],
	['DÁP', 'dap'],
	['ha megcsinálom a DAP-ot is mindkettő működik', 'dap'],
	['visszatérni az egyfaktoros bejelentkezésre', 'visszavaltas'],
	['megszűnik a sima ügyfélkapu', 'megszunik-a-sima'],
	['nem tudok belépni az ük+ lehetőséggel', 'teszt-belepes'],
	['nem jogosult a kiválasztott azonosítási szolgáltatás igénybevételére', 'teszt-belepes'],
	['lejárt a jelszavam', 'jelszo-lejart'],
	['elfelejtettem a jelszót', 'jelszo-lejart'],
	['átvinni a kódokat másik hitelesítő alkalmazásba', 'tobb-fiok-alkalmazas'],
	['alkalmazottak a főnök belépési adatait használják', 'alkalmazottak'],
	['holnap határidő', 'hatarido'],
	['felhívtak és elkérték a kódot', 'csalas'],
	['cégvezető cégkapu', 'cegvezeto'],
	['külföldön élek', 'kulfold'],
	['kitől kérhetek segítséget', 'segitseg'],
	// A broken or dead phone is the lost-phone case: the device with the codes is gone.
	['eltört a telefonom', 'elveszett-telefon'],
	['meghalt a telefonom', 'elveszett-telefon'],
	// English words on the Hungarian page, and the way many Hungarians spell "authenticator".
	['lost phone', 'elveszett-telefon'],
	['removal code', 'elveszett-torlokod'],
	['password', 'jelszo-lejart'],
	['autentikator', 'tobb-fiok-alkalmazas']
];

const EN: readonly (readonly [string, string])[] = [
	['lost removal code', 'elveszett-torlokod'],
	['wrong code', 'nem-jo-a-kod'],
	['code rejected', 'nem-jo-a-kod'],
	['the code is not accepted', 'nem-jo-a-kod'],
	['email', 'nincs-okostelefon'],
	['no smartphone', 'nincs-okostelefon'],
	['my phone was stolen', 'elveszett-telefon'],
	['new phone', 'elveszett-telefon'],
	['two codes in the app', 'ket-kod'],
	['husband and child on my phone', 'csaladtagok'],
	['several devices', 'tobb-eszkoz'],
	['ANYK tax return not sent', 'anyk'],
	['efo casual work', 'efo'],
	['what is DAP', 'dap'],
	['password expired', 'jelszo-lejart'],
	['finished setup but cannot log in', 'teszt-belepes'],
	['move codes to another authenticator app', 'tobb-fiok-alkalmazas'],
	['someone asked for my code', 'csalas'],
	['company director', 'cegvezeto'],
	['living abroad', 'kulfold'],
	['sick pay authorisation', 'tappenz-onkormanyzat'],
	['tax deadline tomorrow', 'hatarido']
];

function indexFor(lang: 'hu' | 'en'): FaqIndex {
	const messages = JSON.parse(readFileSync(`locales/${lang}/faq.json`, 'utf8'));
	const translate = (key: string) => {
		const value = key
			.replace(/^faq\./, '')
			.split('.')
			.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
		if (typeof value !== 'string') throw new Error(`missing ${lang} text ${key}`);
		return value;
	};
	return buildFaqIndex(translate);
}

describe.each([
	['hu', HU],
	['en', EN]
] as const)('searching the %s answers', (lang, table) => {
	const index = indexFor(lang);
	test.each(table)('“%s” finds %s first', (query, id) => {
		expect(searchFaq(index, query).hits[0]?.id).toBe(id);
	});
});

describe('the troubleshooter', () => {
	test('is offered first for a rejected code, not for other questions', () => {
		const hu = indexFor('hu');
		const en = indexFor('en');
		expect(searchFaq(hu, 'rossz kód').troubleshooterFirst).toBe(true);
		expect(searchFaq(hu, 'nem fogadja el a kódot').troubleshooterFirst).toBe(true);
		expect(searchFaq(en, 'code rejected').troubleshooterFirst).toBe(true);
		expect(searchFaq(hu, 'elveszett a törlőkód').troubleshooterFirst).toBe(false);
		expect(searchFaq(hu, '').troubleshooterFirst).toBe(false);
	});
});

test('the tables are as long as the issue asks', () => {
	expect(HU.length).toBeGreaterThanOrEqual(30);
	expect(EN.length).toBeGreaterThanOrEqual(15);
});
