import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeDeviceName, receiptText, type ReceiptInput } from './receipt';

// A stand-in translator: the key and its parameters, so the test sees exactly what went into the text.
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);
const squash = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

const base: ReceiptInput = {
	stepsDone: [1, 2, 3, 4, 5, 6, 7, 8, 9],
	totalSteps: 9,
	removalSaved: true,
	devices: ['Saját Samsung telefon', 'Irodai tablet'],
	date: '2025. március 3.',
	secrets: { key: 'JBSWY3DPEHPK3PXP', removalCode: 'K7QX-92MB-RT4Z' }
};

describe('receiptText', () => {
	it('reports steps, the törlőkód, devices and the date', () => {
		expect(receiptText(base, t).split('\n')).toEqual([
			'contact.receipt.greeting',
			'',
			'contact.receipt.steps-all {"total":9}',
			'contact.receipt.removal-saved',
			'contact.receipt.devices {"devices":"Saját Samsung telefon, Irodai tablet"}',
			'contact.receipt.date {"date":"2025. március 3."}',
			'',
			'contact.receipt.sign-off'
		]);
		const some = receiptText({ ...base, stepsDone: [3, 1, 1], removalSaved: false, devices: [] }, t);
		expect(some).toContain('contact.receipt.steps-some {"total":9,"done":"1, 3"}');
		expect(some).toContain('contact.receipt.removal-not-saved');
		expect(some).toContain('contact.receipt.devices-none');
	});

	it('signs with the name given, on one line, unless it is blank or could reveal a secret', () => {
		expect(
			receiptText({ ...base, name: '  Nagy \n Béla ' }, t)
				.split('\n')
				.slice(-2)
		).toEqual(['contact.receipt.sign-off', 'Nagy Béla']);
		expect(
			receiptText({ ...base, name: '   ' }, t)
				.split('\n')
				.at(-1)
		).toBe('contact.receipt.sign-off');
		expect(receiptText({ ...base, name: 'JBSW Y3DP EHPK 3PXP' }, t)).not.toContain('JBSW');
	});

	it('hides a device name that holds the key, the törlőkód or a key-shaped value', () => {
		expect(isSafeDeviceName('jbsw y3dp ehpk 3pxp telefon', base.secrets)).toBe(false);
		expect(isSafeDeviceName('K7QX92MBRT4Z', base.secrets)).toBe(false);
		expect(isSafeDeviceName('GEZD GNBV GY3T QOJQ', base.secrets)).toBe(false);
		expect(isSafeDeviceName('Saját Samsung telefon', base.secrets)).toBe(true);
		expect(isSafeDeviceName('Eszköz 2', base.secrets)).toBe(true);
	});

	it('never contains a key-shaped or törlőkód value it was given, however the names hide it (5 000 runs)', () => {
		const key = fc.stringMatching(/^[A-Z2-7]{16,32}$/);
		const code = fc.oneof(
			fc.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/),
			fc.stringMatching(/^[0-9]{8,12}$/)
		);
		fc.assert(
			fc.property(
				key,
				code,
				fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
				fc.constantFrom('plain', 'lower', 'grouped', 'dashed'),
				(k, c, extra, style) => {
					const disguise = (s: string) =>
						style === 'lower'
							? s.toLowerCase()
							: style === 'grouped'
								? (s.match(/.{1,4}/g) ?? []).join(' ')
								: style === 'dashed'
									? (s.match(/.{1,4}/g) ?? []).join('-')
									: s;
					const devices = [
						`telefon ${disguise(k)}`,
						`${disguise(c)} tablet`,
						disguise(k) + disguise(c),
						...extra,
						'Eszköz 1'
					];
					const text = receiptText({ ...base, devices, secrets: { key: k, removalCode: c } }, t);
					expect(squash(text)).not.toContain(squash(k));
					expect(squash(text)).not.toContain(squash(c));
					// An innocent name is still reported.
					expect(text).toContain('Eszköz 1');
				}
			),
			{ numRuns: 5_000 }
		);
	}, 60_000);
});
