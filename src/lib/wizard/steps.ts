/**
 * The nine pairing steps in the order the official site shows them. This list alone drives the step route,
 * its param matcher, its prerender entries, the start page's task list and the FAQ search.
 */
export const STEPS = [
	{ number: 1, id: 'install-app', titleKey: 'wizard.step-1.title' },
	{ number: 2, id: 'log-in', titleKey: 'wizard.step-2.title' },
	{ number: 3, id: 'request', titleKey: 'wizard.step-3.title' },
	{ number: 4, id: 'pair-device', titleKey: 'wizard.step-4.title' },
	{ number: 5, id: 'manual-entry', titleKey: 'wizard.step-5.title' },
	{ number: 6, id: 'verify', titleKey: 'wizard.step-6.title' },
	{ number: 7, id: 'save-removal-code', titleKey: 'wizard.step-7.title' },
	{ number: 8, id: 'confirm-and-finish', titleKey: 'wizard.step-8.title' },
	{ number: 9, id: 'next-login', titleKey: 'wizard.step-9.title' }
] as const;

export type Step = (typeof STEPS)[number];
export type StepNumber = Step['number'];

export const STEP_COUNT = STEPS.length;

/** The step for a URL segment such as "3", or undefined when there is no such step. */
export function stepFromParam(param: string): Step | undefined {
	if (!/^[1-9][0-9]*$/.test(param)) return undefined;
	return STEPS.find((s) => String(s.number) === param);
}
