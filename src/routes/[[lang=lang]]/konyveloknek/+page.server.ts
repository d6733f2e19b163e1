import { pageText } from '$lib/i18n/text.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => ({ text: pageText((await parent()).lang, ['accountant']) });
