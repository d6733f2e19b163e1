import { error } from '@sveltejs/kit';
import { pageText } from '$lib/i18n/text.server';
import { stepFromParam } from '$lib/wizard/steps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, parent }) => {
	const step = stepFromParam(params.step);
	if (!step) error(404);
	const { lang } = await parent();
	// The shared wizard words plus this step's own file: the text of the other eight steps is not downloaded.
	return { text: pageText(lang, ['wizard', `wizard/step-${step.number}`, ...(step.areas ?? [])]) };
};
