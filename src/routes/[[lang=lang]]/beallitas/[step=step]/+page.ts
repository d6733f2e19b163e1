import { error } from '@sveltejs/kit';
import { addText } from '$lib/i18n';
import { STEPS, stepFromParam } from '$lib/wizard/steps';
import type { EntryGenerator, PageLoad } from './$types';

// Both languages of every step, straight from the step list.
export const entries: EntryGenerator = () =>
	STEPS.flatMap((s) => [{ step: String(s.number) }, { lang: 'en', step: String(s.number) }]);

export const load: PageLoad = async ({ params, data }) => {
	const step = stepFromParam(params.step);
	if (!step) error(404);
	addText(data.text);
	const content = (await step.content()).default;
	return { step, content };
};
