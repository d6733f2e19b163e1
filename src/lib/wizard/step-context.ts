import { getContext, setContext } from 'svelte';

// The step page tells the components inside it (the step's content, its FAQ links) which step they are on,
// so no content component repeats its own number.
const KEY = Symbol('wizard-step');

/** Called by the step page: the number of the step on screen (a getter, since back/forward reuses the page). */
export function setStepContext(step: () => number): void {
	setContext(KEY, step);
}

/** The number of the step page a component is rendered in (call during component setup; read the getter later). */
export function stepContext(): () => number {
	const step = getContext<(() => number) | undefined>(KEY);
	if (!step) throw new Error('wizard: stepContext() used outside a step page');
	return step;
}
