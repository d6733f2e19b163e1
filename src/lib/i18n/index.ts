export { t, href, locale, loadAreas, bindLanguage, type Area } from './i18n.svelte';
export { LANGS, DEFAULT_LANG, langFromParam, localizePath, stripLang, type Lang } from './langs';
