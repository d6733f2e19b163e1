import type { Lang } from '$lib/i18n/langs';

/** A page language that components react to, as the root layout's data is (for component tests). */
export const pageLanguage = $state<{ lang: Lang }>({ lang: 'hu' });
