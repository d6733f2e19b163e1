import { error } from '@sveltejs/kit';
import { loadAreas } from '$lib/i18n';
import { STEPS, stepFromParam } from '$lib/wizard/steps';
import type { EntryGenerator, PageLoad } from './$types';

// Both languages of every step, straight from the step list.
export const entries: EntryGenerator = () =>
	STEPS.flatMap((s) => [{ step: String(s.number) }, { lang: 'en', step: String(s.number) }]);

export const load: PageLoad = async ({ params, parent }) => {
	const step = stepFromParam(params.step);
	if (!step) error(404);
	const { lang } = await parent();
	// This step's own content, drawing and text file: those of the other steps are not downloaded.
	const [drawing, content, textFiles] = await Promise.all([
		step.illustration?.drawing().then((m) => m.default) ?? null,
		step.content().then((m) => m.default),
		loadAreas(lang, ['wizard', `wizard/step-${step.number}`, ...(step.areas ?? [])])
	]);
	return { step, content, drawing, textFiles };
};
