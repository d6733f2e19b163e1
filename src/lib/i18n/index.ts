export { t, href, locale, loadAreas, textFile, bindLanguage, type Area } from './i18n.svelte';
export { LANGS, DEFAULT_LANG, langFromPath, localizePath, stripLang, type Lang } from './langs';
