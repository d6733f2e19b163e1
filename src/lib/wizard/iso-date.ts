/** Today's local date as yyyy-mm-dd (the user's day, not UTC's): how progress stores the day a step was done. */
export function isoDate(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local day a yyyy-mm-dd date names (the reverse of isoDate), or null for anything that is not a real day. */
export function dayOfIsoDate(iso: string | undefined): Date | null {
	const [y, m, d] = (iso ?? '').split('-').map(Number);
	if (!y || !m || !d) return null;
	const day = new Date(y, m - 1, d);
	return day.getFullYear() === y && day.getMonth() === m - 1 && day.getDate() === d ? day : null;
}
