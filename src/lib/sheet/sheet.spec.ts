import { describe, expect, it } from 'vitest';
import {
	addDevice,
	contactLine,
	DEVICE_LINES,
	deviceLines,
	MAX_DEVICES,
	printedRemovalCode,
	removeDevice,
	secretsFingerprint,
	setupDate,
	setupDay,
	sheetKey
} from './sheet';

// Written out by hand from the Key URI Format in FACTS.md, not produced by the code under test.
const URI_MINTA =
	'otpauth://totp/%C3%9Cgyf%C3%A9lkapu%2B:minta123%40ugyfelkapu.gov.hu?secret=JBSWY3DPEHPK3PXP' +
	'&issuer=%C3%9Cgyf%C3%A9lkapu%2B&algorithm=SHA1&digits=6&period=30';

describe('sheetKey', () => {
	it('groups a key typed in lower case with spaces and builds its QR URI', () => {
		expect(sheetKey('jbsw y3dp ehpk 3pxp', 'minta123')).toEqual({
			state: 'ok',
			key: 'JBSWY3DPEHPK3PXP',
			grouped: 'JBSW Y3DP EHPK 3PXP',
			uri: URI_MINTA,
			longer: false
		});
	});

	it('flags a key longer than usual but still accepts it', () => {
		const result = sheetKey('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', '');
		expect(result).toMatchObject({ state: 'ok', grouped: 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP', longer: true });
	});

	it('treats an untouched field as empty, not as an error', () => {
		expect(sheetKey('', 'minta123')).toEqual({ state: 'empty' });
		expect(sheetKey('   ', '')).toEqual({ state: 'empty' });
	});

	it.each([
		['JBSW Y3DP EHPK 3PX0', 'invalid-chars'],
		['JBSW Y3DP', 'too-short'],
		['JBSWY3DPEHPK3PXPA', 'not-decodable']
	])('refuses %j (%s) so it is never printed', (typed, kind) => {
		const result = sheetKey(typed, 'minta123');
		expect(result.state).toBe('invalid');
		if (result.state === 'invalid') expect(result.error.kind).toBe(kind);
	});
});

describe('printedRemovalCode', () => {
	it('trims the törlőkód but keeps its inside as typed', () => {
		expect(printedRemovalCode('  ab12 CD-34  ', false)).toBe('ab12 CD-34');
	});
	it('leaves the box empty when it is written by hand', () => {
		expect(printedRemovalCode('AB12CD34', true)).toBe('');
	});
});

describe('device list', () => {
	it('keeps blank lines after the named devices', () => {
		expect(deviceLines([])).toEqual(['', '', '', '', '', '']);
		expect(deviceLines([' Saját telefon ', ''])).toEqual(['Saját telefon', '', '', '', '', '']);
		expect(deviceLines(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['a', 'b', 'c', 'd', 'e', 'f', '', '']);
		expect(deviceLines(['a', 'b', 'c', 'd', 'e', 'f', 'g']).length).toBe(MAX_DEVICES + 2);
		expect(DEVICE_LINES).toBe(6);
	});

	it('adds trimmed names once and stops when the sheet is full', () => {
		expect(addDevice([], '  Irodai tablet ')).toEqual(['Irodai tablet']);
		expect(addDevice(['Irodai tablet'], 'irodai TABLET')).toEqual(['Irodai tablet']);
		expect(addDevice(['a'], '   ')).toEqual(['a']);
		const full = ['1', '2', '3', '4', '5', '6'];
		expect(addDevice(full, 'hetedik')).toEqual(full);
	});

	it('removes by position', () => {
		expect(removeDevice(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
		expect(removeDevice(['a'], 5)).toEqual(['a']);
	});
});

describe('setupDay', () => {
	const today = new Date(2026, 10, 26, 15, 0);
	it('is the day step 8 was done, once it is; today before that, or for a value that is not a date', () => {
		expect(setupDay('2025-03-03', today)).toEqual(new Date(2025, 2, 3));
		expect(setupDay(undefined, today)).toBe(today);
		for (const bad of ['', 'x', '2025-02-30', '2025-13-01', '2025-3']) expect(setupDay(bad, today), bad).toBe(today);
	});
});

describe('setupDate', () => {
	const date = new Date(2025, 2, 3, 10, 0, 0);
	it('writes the date the Hungarian way', () => {
		expect(setupDate(date, 'hu')).toBe('2025. március 3.');
	});
	it('writes the date the British way in English', () => {
		expect(setupDate(date, 'en')).toBe('3 March 2025');
	});
});

describe('contactLine', () => {
	it('joins the parts that are present', () => {
		expect(contactLine({ name: 'Kiss Anna', phone: '+36 1 234 5678', email: 'anna@example.hu' })).toBe(
			'Kiss Anna, +36 1 234 5678, anna@example.hu'
		);
		expect(contactLine({ name: 'Kiss Anna', phone: '', email: ' anna@example.hu ' })).toBe(
			'Kiss Anna, anna@example.hu'
		);
		expect(contactLine(null)).toBe('');
	});
});

describe('secretsFingerprint', () => {
	it('ignores surrounding spaces but notices any real change', () => {
		expect(secretsFingerprint(' K ', 'T')).toBe(secretsFingerprint('K', ' T '));
		expect(secretsFingerprint('K', 'T')).not.toBe(secretsFingerprint('K', 'T2'));
		expect(secretsFingerprint('KT', '')).not.toBe(secretsFingerprint('K', 'T'));
	});
});
