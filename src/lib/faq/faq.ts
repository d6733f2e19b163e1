/**
 * Every question the clients ask, in the order shown. The ids are public anchors (`/gyik#elveszett-torlokod`):
 * the wizard links to them and accountants send them to clients, so never rename one.
 * Keys are written out in full so the locale check can find each of them.
 */

export type FaqGroup = 'everyone' | 'business';

/** A paragraph, a bullet (consecutive bullets form one list), or a link on its own line. */
export type AnswerBlock =
	| { kind: 'p'; key: string }
	| { kind: 'li'; key: string }
	/** href: "https://…" an official site, "/…" an app page, "#…" another answer. */
	| { kind: 'link'; key: string; href: string }
	/** The DÁP vs Ügyfélkapu+ table (DAP_TABLE). */
	| { kind: 'dap-table' }
	/** Who can help: the accountant when the link named one, the helpline, a kormányablak (HELP_KEYS). */
	| { kind: 'help' };

export interface FaqEntry {
	id: string;
	group: FaqGroup;
	questionKey: string;
	answer: readonly AnswerBlock[];
}

/** The DÁP vs Ügyfélkapu+ comparison: a caption, column headings, then rows of [row heading, Ügyfélkapu+, DÁP]. */
export const DAP_TABLE = {
	caption: 'faq.q.dap.table.caption',
	columns: ['faq.q.dap.table.col-topic', 'faq.q.dap.table.col-plus', 'faq.q.dap.table.col-dap'],
	rows: [
		['faq.q.dap.table.row-how', 'faq.q.dap.table.row-how-plus', 'faq.q.dap.table.row-how-dap'],
		['faq.q.dap.table.row-devices', 'faq.q.dap.table.row-devices-plus', 'faq.q.dap.table.row-devices-dap'],
		['faq.q.dap.table.row-needs', 'faq.q.dap.table.row-needs-plus', 'faq.q.dap.table.row-needs-dap'],
		['faq.q.dap.table.row-phone', 'faq.q.dap.table.row-phone-plus', 'faq.q.dap.table.row-phone-dap'],
		['faq.q.dap.table.row-anyk', 'faq.q.dap.table.row-anyk-plus', 'faq.q.dap.table.row-anyk-dap']
	]
} as const;

/** The texts of the "who can help" block, in the order shown (the accountant's contact comes from the link). */
export const HELP_KEYS = ['faq.help.heading', 'faq.help.helpline', 'faq.help.office'] as const;

/** Every text key of one answer block, in reading order (what the search indexes). */
export function blockKeys(block: AnswerBlock): readonly string[] {
	switch (block.kind) {
		case 'dap-table':
			return [DAP_TABLE.caption, ...DAP_TABLE.columns, ...DAP_TABLE.rows.flat()];
		case 'help':
			return HELP_KEYS;
		default:
			return [block.key];
	}
}

export const FAQ_GROUPS: readonly FaqGroup[] = ['everyone', 'business'];

export const FAQ: readonly FaqEntry[] = [
	{
		id: 'megszunik-a-sima',
		group: 'everyone',
		questionKey: 'faq.q.megszunik-a-sima.question',
		answer: [
			{ kind: 'p', key: 'faq.q.megszunik-a-sima.p1' },
			{ kind: 'p', key: 'faq.q.megszunik-a-sima.p2' },
			{ kind: 'link', key: 'faq.q.megszunik-a-sima.link1', href: 'https://ugyfelkapu.gov.hu/' }
		]
	},
	{
		id: 'kotelezo-e',
		group: 'everyone',
		questionKey: 'faq.q.kotelezo-e.question',
		answer: [
			{ kind: 'p', key: 'faq.q.kotelezo-e.p1' },
			{ kind: 'p', key: 'faq.q.kotelezo-e.p2' }
		]
	},
	{
		id: 'visszavaltas',
		group: 'everyone',
		questionKey: 'faq.q.visszavaltas.question',
		answer: [
			{ kind: 'p', key: 'faq.q.visszavaltas.p1' },
			{ kind: 'p', key: 'faq.q.visszavaltas.p2' },
			{ kind: 'link', key: 'faq.q.visszavaltas.link1', href: '#nincs-okostelefon' },
			{ kind: 'link', key: 'faq.q.visszavaltas.link2', href: '#dap' }
		]
	},
	{
		id: 'hatarido',
		group: 'everyone',
		questionKey: 'faq.q.hatarido.question',
		answer: [
			{ kind: 'p', key: 'faq.q.hatarido.p1' },
			{ kind: 'p', key: 'faq.q.hatarido.p2' },
			{ kind: 'p', key: 'faq.q.hatarido.p3' },
			{ kind: 'link', key: 'faq.q.hatarido.link1', href: '#segitseg' }
		]
	},
	{
		id: 'dap',
		group: 'everyone',
		questionKey: 'faq.q.dap.question',
		answer: [
			{ kind: 'p', key: 'faq.q.dap.p1' },
			{ kind: 'p', key: 'faq.q.dap.p2' },
			{ kind: 'p', key: 'faq.q.dap.p3' },
			{ kind: 'p', key: 'faq.q.dap.p4' },
			{ kind: 'dap-table' },
			{ kind: 'link', key: 'faq.q.dap.link1', href: 'https://dap.gov.hu/' }
		]
	},
	{
		id: 'nincs-okostelefon',
		group: 'everyone',
		questionKey: 'faq.q.nincs-okostelefon.question',
		answer: [
			{ kind: 'p', key: 'faq.q.nincs-okostelefon.p1' },
			{ kind: 'li', key: 'faq.q.nincs-okostelefon.li1' },
			{ kind: 'li', key: 'faq.q.nincs-okostelefon.li2' },
			{ kind: 'p', key: 'faq.q.nincs-okostelefon.p2' },
			{ kind: 'li', key: 'faq.q.nincs-okostelefon.li3' },
			{ kind: 'li', key: 'faq.q.nincs-okostelefon.li4' },
			{ kind: 'li', key: 'faq.q.nincs-okostelefon.li5' },
			{ kind: 'p', key: 'faq.q.nincs-okostelefon.p3' },
			{ kind: 'p', key: 'faq.q.nincs-okostelefon.p4' },
			{ kind: 'p', key: 'faq.q.nincs-okostelefon.p5' },
			{ kind: 'link', key: 'faq.q.nincs-okostelefon.link1', href: 'https://ugyfelkapu.gov.hu/' }
		]
	},
	{
		id: 'jelszo-lejart',
		group: 'everyone',
		questionKey: 'faq.q.jelszo-lejart.question',
		answer: [
			{ kind: 'p', key: 'faq.q.jelszo-lejart.p1' },
			{ kind: 'li', key: 'faq.q.jelszo-lejart.li1' },
			{ kind: 'li', key: 'faq.q.jelszo-lejart.li2' },
			{ kind: 'li', key: 'faq.q.jelszo-lejart.li3' },
			{ kind: 'p', key: 'faq.q.jelszo-lejart.p2' },
			{ kind: 'link', key: 'faq.q.jelszo-lejart.link1', href: 'https://ugyfelkapu.gov.hu/' }
		]
	},
	{
		id: 'teszt-belepes',
		group: 'everyone',
		questionKey: 'faq.q.teszt-belepes.question',
		answer: [
			{ kind: 'p', key: 'faq.q.teszt-belepes.p1' },
			{ kind: 'p', key: 'faq.q.teszt-belepes.p2' },
			{ kind: 'p', key: 'faq.q.teszt-belepes.p3' },
			{ kind: 'li', key: 'faq.q.teszt-belepes.li1' },
			{ kind: 'li', key: 'faq.q.teszt-belepes.li2' },
			{ kind: 'li', key: 'faq.q.teszt-belepes.li3' },
			{ kind: 'li', key: 'faq.q.teszt-belepes.li4' },
			{ kind: 'p', key: 'faq.q.teszt-belepes.p4' },
			{ kind: 'link', key: 'faq.q.teszt-belepes.link1', href: '#nem-jo-a-kod' }
		]
	},
	{
		id: 'nem-jo-a-kod',
		group: 'everyone',
		questionKey: 'faq.q.nem-jo-a-kod.question',
		answer: [
			{ kind: 'p', key: 'faq.q.nem-jo-a-kod.p1' },
			{ kind: 'li', key: 'faq.q.nem-jo-a-kod.li1' },
			{ kind: 'li', key: 'faq.q.nem-jo-a-kod.li2' },
			{ kind: 'li', key: 'faq.q.nem-jo-a-kod.li3' },
			{ kind: 'li', key: 'faq.q.nem-jo-a-kod.li4' },
			{ kind: 'li', key: 'faq.q.nem-jo-a-kod.li5' },
			{ kind: 'p', key: 'faq.q.nem-jo-a-kod.p2' },
			{ kind: 'link', key: 'faq.q.nem-jo-a-kod.link1', href: '/ellenorzes' },
			{ kind: 'link', key: 'faq.q.nem-jo-a-kod.link2', href: '#kod-hibakereso' }
		]
	},
	{
		id: 'ket-kod',
		group: 'everyone',
		questionKey: 'faq.q.ket-kod.question',
		answer: [
			{ kind: 'p', key: 'faq.q.ket-kod.p1' },
			{ kind: 'p', key: 'faq.q.ket-kod.p2' },
			{ kind: 'link', key: 'faq.q.ket-kod.link1', href: '/ellenorzes' },
			{ kind: 'p', key: 'faq.q.ket-kod.p3' },
			{ kind: 'link', key: 'faq.q.ket-kod.link2', href: '#csaladtagok' }
		]
	},
	{
		id: 'elveszett-telefon',
		group: 'everyone',
		questionKey: 'faq.q.elveszett-telefon.question',
		answer: [
			{ kind: 'p', key: 'faq.q.elveszett-telefon.p1' },
			{ kind: 'p', key: 'faq.q.elveszett-telefon.p2' },
			{ kind: 'li', key: 'faq.q.elveszett-telefon.li1' },
			{ kind: 'li', key: 'faq.q.elveszett-telefon.li2' },
			{ kind: 'li', key: 'faq.q.elveszett-telefon.li3' },
			{ kind: 'p', key: 'faq.q.elveszett-telefon.p3' },
			{ kind: 'li', key: 'faq.q.elveszett-telefon.li4' },
			{ kind: 'li', key: 'faq.q.elveszett-telefon.li5' },
			{ kind: 'li', key: 'faq.q.elveszett-telefon.li6' },
			{ kind: 'link', key: 'faq.q.elveszett-telefon.link1', href: 'https://ugyfelkapu.gov.hu/' },
			{ kind: 'p', key: 'faq.q.elveszett-telefon.p4' },
			{ kind: 'p', key: 'faq.q.elveszett-telefon.p5' },
			{ kind: 'link', key: 'faq.q.elveszett-telefon.link2', href: '#elveszett-torlokod' },
			{ kind: 'link', key: 'faq.q.elveszett-telefon.link3', href: '#tobb-fiok-alkalmazas' }
		]
	},
	{
		id: 'elveszett-torlokod',
		group: 'everyone',
		questionKey: 'faq.q.elveszett-torlokod.question',
		answer: [
			{ kind: 'p', key: 'faq.q.elveszett-torlokod.p1' },
			{ kind: 'li', key: 'faq.q.elveszett-torlokod.li1' },
			{ kind: 'li', key: 'faq.q.elveszett-torlokod.li2' },
			{ kind: 'li', key: 'faq.q.elveszett-torlokod.li3' },
			{ kind: 'link', key: 'faq.q.elveszett-torlokod.link1', href: 'https://videochat.gov.hu/' },
			{ kind: 'p', key: 'faq.q.elveszett-torlokod.p2' },
			{ kind: 'link', key: 'faq.q.elveszett-torlokod.link2', href: '#tobb-eszkoz' },
			{ kind: 'p', key: 'faq.q.elveszett-torlokod.p3' },
			{ kind: 'link', key: 'faq.q.elveszett-torlokod.link3', href: '/biztonsagi-lap' }
		]
	},
	{
		id: 'tobb-eszkoz',
		group: 'everyone',
		questionKey: 'faq.q.tobb-eszkoz.question',
		answer: [
			{ kind: 'p', key: 'faq.q.tobb-eszkoz.p1' },
			{ kind: 'p', key: 'faq.q.tobb-eszkoz.p2' },
			{ kind: 'p', key: 'faq.q.tobb-eszkoz.p3' }
		]
	},
	{
		id: 'tobb-fiok-alkalmazas',
		group: 'everyone',
		questionKey: 'faq.q.tobb-fiok-alkalmazas.question',
		answer: [
			{ kind: 'p', key: 'faq.q.tobb-fiok-alkalmazas.p1' },
			{ kind: 'p', key: 'faq.q.tobb-fiok-alkalmazas.p2' },
			{ kind: 'p', key: 'faq.q.tobb-fiok-alkalmazas.p3' },
			{ kind: 'p', key: 'faq.q.tobb-fiok-alkalmazas.p4' }
		]
	},
	{
		id: 'hany-eszkoz',
		group: 'everyone',
		questionKey: 'faq.q.hany-eszkoz.question',
		answer: [{ kind: 'p', key: 'faq.q.hany-eszkoz.p1' }]
	},
	{
		id: 'csaladtagok',
		group: 'everyone',
		questionKey: 'faq.q.csaladtagok.question',
		answer: [
			{ kind: 'p', key: 'faq.q.csaladtagok.p1' },
			{ kind: 'p', key: 'faq.q.csaladtagok.p2' },
			{ kind: 'p', key: 'faq.q.csaladtagok.p3' },
			{ kind: 'p', key: 'faq.q.csaladtagok.p4' }
		]
	},
	{
		id: 'kulfold',
		group: 'everyone',
		questionKey: 'faq.q.kulfold.question',
		answer: [
			{ kind: 'p', key: 'faq.q.kulfold.p1' },
			{ kind: 'p', key: 'faq.q.kulfold.p2' },
			{ kind: 'link', key: 'faq.q.kulfold.link1', href: 'https://mfa.gov.hu/' },
			{ kind: 'link', key: 'faq.q.kulfold.link2', href: 'https://dap.gov.hu/' }
		]
	},
	{
		id: 'csalas',
		group: 'everyone',
		questionKey: 'faq.q.csalas.question',
		answer: [
			{ kind: 'p', key: 'faq.q.csalas.p1' },
			{ kind: 'p', key: 'faq.q.csalas.p2' },
			{ kind: 'p', key: 'faq.q.csalas.p3' },
			{ kind: 'link', key: 'faq.q.csalas.link1', href: '#segitseg' }
		]
	},
	{
		id: 'segitseg',
		group: 'everyone',
		questionKey: 'faq.q.segitseg.question',
		answer: [
			{ kind: 'p', key: 'faq.q.segitseg.p1' },
			{ kind: 'help' },
			{ kind: 'p', key: 'faq.q.segitseg.p2' },
			{ kind: 'link', key: 'faq.q.segitseg.link1', href: '#csalas' }
		]
	},
	{
		id: 'ujegyke',
		group: 'business',
		questionKey: 'faq.q.ujegyke.question',
		answer: [
			{ kind: 'p', key: 'faq.q.ujegyke.p1' },
			{ kind: 'p', key: 'faq.q.ujegyke.p2' }
		]
	},
	{
		id: 'csak-cegek',
		group: 'business',
		questionKey: 'faq.q.csak-cegek.question',
		answer: [{ kind: 'p', key: 'faq.q.csak-cegek.p1' }]
	},
	{
		id: 'cegvezeto',
		group: 'business',
		questionKey: 'faq.q.cegvezeto.question',
		answer: [
			{ kind: 'p', key: 'faq.q.cegvezeto.p1' },
			{ kind: 'p', key: 'faq.q.cegvezeto.p2' }
		]
	},
	{
		id: 'webes-ugyseged',
		group: 'business',
		questionKey: 'faq.q.webes-ugyseged.question',
		answer: [
			{ kind: 'p', key: 'faq.q.webes-ugyseged.p1' },
			{ kind: 'p', key: 'faq.q.webes-ugyseged.p2' }
		]
	},
	{
		id: 'anyk',
		group: 'business',
		questionKey: 'faq.q.anyk.question',
		answer: [
			{ kind: 'p', key: 'faq.q.anyk.p1' },
			{ kind: 'li', key: 'faq.q.anyk.li1' },
			{ kind: 'li', key: 'faq.q.anyk.li2' },
			{ kind: 'li', key: 'faq.q.anyk.li3' },
			{ kind: 'p', key: 'faq.q.anyk.p2' }
		]
	},
	{
		id: 'anyk-csoportos',
		group: 'business',
		questionKey: 'faq.q.anyk-csoportos.question',
		answer: [
			{ kind: 'p', key: 'faq.q.anyk-csoportos.p1' },
			{ kind: 'link', key: 'faq.q.anyk-csoportos.link1', href: '#anyk' }
		]
	},
	{
		id: 'alkalmazottak',
		group: 'business',
		questionKey: 'faq.q.alkalmazottak.question',
		answer: [
			{ kind: 'p', key: 'faq.q.alkalmazottak.p1' },
			{ kind: 'p', key: 'faq.q.alkalmazottak.p2' },
			{ kind: 'link', key: 'faq.q.alkalmazottak.link1', href: '#tobb-eszkoz' }
		]
	},
	{
		id: 'ekaer',
		group: 'business',
		questionKey: 'faq.q.ekaer.question',
		answer: [
			{ kind: 'p', key: 'faq.q.ekaer.p1' },
			{ kind: 'p', key: 'faq.q.ekaer.p2' }
		]
	},
	{
		id: 'efo',
		group: 'business',
		questionKey: 'faq.q.efo.question',
		answer: [
			{ kind: 'p', key: 'faq.q.efo.p1' },
			{ kind: 'li', key: 'faq.q.efo.li1' },
			{ kind: 'li', key: 'faq.q.efo.li2' }
		]
	},
	{
		id: 'tappenz-onkormanyzat',
		group: 'business',
		questionKey: 'faq.q.tappenz-onkormanyzat.question',
		answer: [
			{ kind: 'p', key: 'faq.q.tappenz-onkormanyzat.p1' },
			{ kind: 'li', key: 'faq.q.tappenz-onkormanyzat.li1' },
			{ kind: 'li', key: 'faq.q.tappenz-onkormanyzat.li2' },
			{ kind: 'li', key: 'faq.q.tappenz-onkormanyzat.li3' },
			{ kind: 'li', key: 'faq.q.tappenz-onkormanyzat.li4' }
		]
	},
	{
		id: 'egyeni-tarhely',
		group: 'business',
		questionKey: 'faq.q.egyeni-tarhely.question',
		answer: [
			{ kind: 'p', key: 'faq.q.egyeni-tarhely.p1' },
			{ kind: 'p', key: 'faq.q.egyeni-tarhely.p2' }
		]
	}
];

/** The FAQ entry with this id, if any. */
export function faqById(id: string): FaqEntry | undefined {
	return FAQ.find((f) => f.id === id);
}

export type RenderBlock =
	| { kind: 'p'; key: string }
	| { kind: 'list'; keys: string[] }
	| { kind: 'link'; key: string; href: string }
	| { kind: 'dap-table' }
	| { kind: 'help' };

/** Gather consecutive bullets into one list so the answer renders as paragraphs, lists and links. */
export function renderBlocks(answer: readonly AnswerBlock[]): RenderBlock[] {
	const out: RenderBlock[] = [];
	for (const block of answer) {
		const last = out[out.length - 1];
		if (block.kind === 'li') {
			if (last?.kind === 'list') last.keys.push(block.key);
			else out.push({ kind: 'list', keys: [block.key] });
		} else {
			out.push({ ...block });
		}
	}
	return out;
}
