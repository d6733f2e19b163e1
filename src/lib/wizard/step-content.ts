import type { Component } from 'svelte';

// One chunk per step: a step page downloads only its own content (and the illustration goes with the frame).
const CONTENT: Record<number, () => Promise<{ default: Component }>> = {
	1: () => import('./steps/StepInstallApp.svelte'),
	2: () => import('./steps/StepLogIn.svelte'),
	3: () => import('./steps/StepRequest.svelte'),
	4: () => import('./steps/StepPairDevice.svelte'),
	5: () => import('./steps/StepManualEntry.svelte'),
	6: () => import('./steps/StepVerify.svelte'),
	7: () => import('./steps/StepSaveRemovalCode.svelte'),
	8: () => import('./steps/StepConfirmFinish.svelte'),
	9: () => import('./steps/StepNextLogin.svelte')
};

/** The content component of a step (loaded on demand). */
export async function loadStepContent(number: number): Promise<Component> {
	const load = CONTENT[number];
	if (!load) throw new RangeError(`wizard: no step ${number}`);
	return (await load()).default;
}
