export { t, href, locale, loadAreas, addText, bindLanguage, type Area, type PageText } from './i18n.svelte';
export { LANGS, DEFAULT_LANG, langFromPath, localizePath, stripLang, type Lang } from './langs';
