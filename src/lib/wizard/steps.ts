import type { Component } from 'svelte';
import type { Area } from '$lib/i18n';

/** A link from a step to the FAQ answer about what can go wrong there: the answer's anchor id and the link text. */
export interface StepFaqLink {
	readonly id: string;
	readonly labelKey: string;
}

/** A checkbox that must be ticked before the step counts as done, like the official one (step 7). */
export interface StepGate {
	readonly labelKey: string;
	readonly hintKey: string;
	readonly errorKey: string;
	readonly errorPrefixKey: string;
}

export interface Step {
	readonly number: number;
	readonly id: string;
	readonly titleKey: string;
	/** The step's own content, one chunk per step: a step page downloads only its own. */
	readonly content: () => Promise<{ default: Component }>;
	/** The step's drawing (its own chunk, like `content`) and its text alternative; null where it adds nothing. */
	readonly illustration: {
		readonly altKey: string;
		readonly drawing: () => Promise<{ default: Component<{ alt: string }> }>;
	} | null;
	readonly gate?: StepGate;
	/** Text areas the step's content needs beyond its own file (e.g. the shared key field's messages). */
	readonly areas?: readonly Area[];
	/** The FAQ answers about what can go wrong at this step; the FAQ page shows the same relation backwards. */
	readonly faq: readonly StepFaqLink[];
}

/**
 * The nine pairing steps in the order the official site shows them. This list alone drives the step route,
 * its param matcher, its prerender entries, the step pages, the start page's task list, the FAQ's links back to
 * the steps and the FAQ search. Keys are written out in full so the locale check can find each of them.
 */
export const STEPS: readonly Step[] = [
	{
		number: 1,
		id: 'install-app',
		titleKey: 'wizard.step-1.title',
		content: () => import('./steps/StepInstallApp.svelte'),
		illustration: null,
		faq: [{ id: 'nincs-okostelefon', labelKey: 'wizard.step-1.faq-no-phone' }]
	},
	{
		number: 2,
		id: 'log-in',
		titleKey: 'wizard.step-2.title',
		content: () => import('./steps/StepLogIn.svelte'),
		illustration: {
			altKey: 'wizard.step-2.illustration',
			drawing: () => import('./drawings/DrawingLogIn.svelte')
		},
		faq: [
			{ id: 'jelszo-lejart', labelKey: 'wizard.faq.password' },
			{ id: 'megszunik-a-sima', labelKey: 'wizard.step-2.faq-plain-login' }
		]
	},
	{
		number: 3,
		id: 'request',
		titleKey: 'wizard.step-3.title',
		content: () => import('./steps/StepRequest.svelte'),
		illustration: {
			altKey: 'wizard.step-3.illustration',
			drawing: () => import('./drawings/DrawingRequest.svelte')
		},
		faq: [{ id: 'nincs-okostelefon', labelKey: 'wizard.step-3.faq-email' }]
	},
	{
		number: 4,
		id: 'pair-device',
		titleKey: 'wizard.step-4.title',
		content: () => import('./steps/StepPairDevice.svelte'),
		illustration: {
			altKey: 'wizard.step-4.illustration',
			drawing: () => import('./drawings/DrawingPairDevice.svelte')
		},
		faq: [
			{ id: 'ket-kod', labelKey: 'wizard.faq.two-codes' },
			{ id: 'tobb-eszkoz', labelKey: 'wizard.faq.more-devices' },
			{ id: 'csaladtagok', labelKey: 'wizard.faq.family' }
		]
	},
	{
		number: 5,
		id: 'manual-entry',
		titleKey: 'wizard.step-5.title',
		content: () => import('./steps/StepManualEntry.svelte'),
		areas: ['key'],
		illustration: {
			altKey: 'wizard.step-5.illustration',
			drawing: () => import('./drawings/DrawingManualEntry.svelte')
		},
		faq: [
			{ id: 'nem-jo-a-kod', labelKey: 'wizard.faq.code-rejected' },
			{ id: 'ket-kod', labelKey: 'wizard.faq.two-codes' }
		]
	},
	{
		number: 6,
		id: 'verify',
		titleKey: 'wizard.step-6.title',
		content: () => import('./steps/StepVerify.svelte'),
		illustration: {
			altKey: 'wizard.step-6.illustration',
			drawing: () => import('./drawings/DrawingVerify.svelte')
		},
		faq: [
			{ id: 'nem-jo-a-kod', labelKey: 'wizard.faq.code-rejected' },
			{ id: 'ket-kod', labelKey: 'wizard.faq.two-codes' }
		]
	},
	{
		number: 7,
		id: 'save-removal-code',
		titleKey: 'wizard.step-7.title',
		content: () => import('./steps/StepSaveRemovalCode.svelte'),
		illustration: {
			altKey: 'wizard.step-7.illustration',
			drawing: () => import('./drawings/DrawingSaveRemovalCode.svelte')
		},
		gate: {
			labelKey: 'wizard.step-7.gate.label',
			hintKey: 'wizard.step-7.gate.hint',
			errorKey: 'wizard.step-7.gate.error',
			errorPrefixKey: 'wizard.step-7.gate.error-prefix'
		},
		faq: [
			{ id: 'elveszett-torlokod', labelKey: 'wizard.faq.lost-code' },
			{ id: 'elveszett-telefon', labelKey: 'wizard.faq.lost-phone' }
		]
	},
	{
		number: 8,
		id: 'confirm-and-finish',
		titleKey: 'wizard.step-8.title',
		content: () => import('./steps/StepConfirmFinish.svelte'),
		illustration: {
			altKey: 'wizard.step-8.illustration',
			drawing: () => import('./drawings/DrawingConfirmAndFinish.svelte')
		},
		faq: [{ id: 'elveszett-torlokod', labelKey: 'wizard.step-8.faq-forgot' }]
	},
	{
		number: 9,
		id: 'next-login',
		titleKey: 'wizard.step-9.title',
		content: () => import('./steps/StepNextLogin.svelte'),
		illustration: {
			altKey: 'wizard.step-9.illustration',
			drawing: () => import('./drawings/DrawingNextLogin.svelte')
		},
		faq: [
			{ id: 'teszt-belepes', labelKey: 'wizard.faq.test-login' },
			{ id: 'anyk', labelKey: 'wizard.step-9.anyk-link' },
			{ id: 'tobb-eszkoz', labelKey: 'wizard.faq.more-devices' },
			{ id: 'nem-jo-a-kod', labelKey: 'wizard.faq.code-rejected' }
		]
	}
];

export const STEP_COUNT = STEPS.length;

/** The step that finishes the pairing on the official site: the day it is done is the day of setup. */
export const SETUP_FINISHED_STEP = STEPS.findIndex((s) => s.id === 'confirm-and-finish') + 1;

/** The step for a URL segment such as "3", or undefined when there is no such step. */
export function stepFromParam(param: string): Step | undefined {
	if (!/^[1-9][0-9]*$/.test(param)) return undefined;
	return STEPS.find((s) => String(s.number) === param);
}

/** The app path of a step (without the language prefix), e.g. "/beallitas/3". */
export function stepPath(number: number): string {
	return `/beallitas/${number}`;
}

/** The steps whose "what can go wrong" list links the FAQ answer with this id. */
export function stepsForFaq(id: string): Step[] {
	return STEPS.filter((s) => s.faq.some((f) => f.id === id));
}

/**
 * The query parameter that tells a page opened from a step (safety sheet, code check, FAQ) which step to offer
 * the way back to. A step number is not secret; it is read in the browser only (pages are prerendered).
 */
export const FROM_STEP_PARAM = 'lepes';

/** The step a page was opened from, read from its address (`?lepes=7`); undefined when there is none. */
export function stepOpenedFrom(url: URL): Step | undefined {
	return stepFromParam(url.searchParams.get(FROM_STEP_PARAM) ?? '');
}

/** An app path opened from a step, e.g. ("/gyik", 7, "ket-kod") → "/gyik?lepes=7#ket-kod" (language prefix not added). */
export function fromStepPath(path: string, step: number, hash = ''): string {
	return `${path}?${FROM_STEP_PARAM}=${step}${hash ? '#' + hash : ''}`;
}
