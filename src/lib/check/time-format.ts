const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date-time formatter for a language and style, made once and kept: making one loads locale data, tens of
 * milliseconds on a slow phone, too much to repeat every second or to spend before the page answers.
 */
export function timeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${lang} ${JSON.stringify(options)}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(lang, options);
		formatters.set(key, formatter);
	}
	return formatter;
}
