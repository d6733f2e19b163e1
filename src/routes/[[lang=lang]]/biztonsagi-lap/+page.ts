import { addText } from '$lib/i18n';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data }) => {
	addText(data.text);
};
