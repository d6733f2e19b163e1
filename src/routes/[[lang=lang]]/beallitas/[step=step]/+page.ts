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
	// This step's own content and drawing: those of the other steps are not downloaded.
	const [drawing, content] = await Promise.all([
		step.illustration?.drawing().then((m) => m.default) ?? null,
		step.content().then((m) => m.default)
	]);
	return { step, content, drawing };
};
