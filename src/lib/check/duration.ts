/** A length of time in the largest unit that still reads naturally, for Intl.NumberFormat's unit style. */
export type Duration = { value: number; unit: 'second' | 'minute' | 'hour' | 'day' };

/** Picks seconds, minutes, hours or days for a clock error, so a year-long error is not said in seconds. */
export function durationOf(seconds: number): Duration {
	const s = Math.round(Math.abs(seconds));
	if (s < 120) return { value: s, unit: 'second' };
	if (s < 120 * 60) return { value: Math.round(s / 60), unit: 'minute' };
	if (s < 48 * 3600) return { value: Math.round(s / 3600), unit: 'hour' };
	return { value: Math.round(s / 86_400), unit: 'day' };
}

/** Formats a clock error such as "3 perc" / "3 minutes" in the given language. */
export function formatDuration(seconds: number, lang: string): string {
	const { value, unit } = durationOf(seconds);
	return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 }).format(
		value
	);
}
