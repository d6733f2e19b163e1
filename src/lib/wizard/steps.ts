/**
 * The nine pairing steps in the order the official site shows them. This list alone drives the step route,
 * its param matcher, its prerender entries, the start page's task list and the FAQ search.
 * `faq` holds the anchor ids of the FAQ answers about what can go wrong at that step.
 */
export const STEPS = [
	{ number: 1, id: 'install-app', titleKey: 'wizard.step-1.title', faq: ['nincs-okostelefon'] },
	{ number: 2, id: 'log-in', titleKey: 'wizard.step-2.title', faq: ['jelszo-lejart', 'megszunik-a-sima'] },
	{ number: 3, id: 'request', titleKey: 'wizard.step-3.title', faq: ['nincs-okostelefon'] },
	{ number: 4, id: 'pair-device', titleKey: 'wizard.step-4.title', faq: ['tobb-eszkoz', 'csaladtagok'] },
	{ number: 5, id: 'manual-entry', titleKey: 'wizard.step-5.title', faq: ['ket-kod', 'tobb-eszkoz'] },
	{ number: 6, id: 'verify', titleKey: 'wizard.step-6.title', faq: ['nem-jo-a-kod', 'ket-kod'] },
	{
		number: 7,
		id: 'save-removal-code',
		titleKey: 'wizard.step-7.title',
		faq: ['elveszett-torlokod', 'elveszett-telefon']
	},
	{ number: 8, id: 'confirm-and-finish', titleKey: 'wizard.step-8.title', faq: ['elveszett-torlokod'] },
	{
		number: 9,
		id: 'next-login',
		titleKey: 'wizard.step-9.title',
		faq: ['teszt-belepes', 'anyk', 'tobb-eszkoz', 'nem-jo-a-kod']
	}
] as const;

export type Step = (typeof STEPS)[number];
export type StepNumber = Step['number'];

export const STEP_COUNT = STEPS.length;

/** The step for a URL segment such as "3", or undefined when there is no such step. */
export function stepFromParam(param: string): Step | undefined {
	if (!/^[1-9][0-9]*$/.test(param)) return undefined;
	return STEPS.find((s) => String(s.number) === param);
}

/** The app path of a step (without the language prefix), e.g. "/beallitas/3". */
export function stepPath(number: number): string {
	return `/beallitas/${number}`;
}
