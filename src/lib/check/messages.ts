import type { KeyError } from '$lib/otp/key';
import { describeOffset, type MatchResult } from '$lib/otp/compare';

/** A translation key with its parameters: the page passes it to t(); tests check it without i18next. */
export type Message = { key: string; params?: Record<string, string | number> };

/** The sentence for the result of comparing a device's code with ours. */
export function resultMessage(result: MatchResult): Message {
	switch (result.kind) {
		case 'match':
			return { key: 'check.result.match' };
		case 'offset': {
			if (result.steps === 0) return { key: 'check.result.match' };
			const { direction, seconds } = describeOffset(result.steps);
			return direction === 'ahead'
				? { key: 'check.result.clock-ahead', params: { seconds } }
				: { key: 'check.result.clock-behind', params: { seconds } };
		}
		case 'no-match':
			return { key: 'check.result.no-match' };
		case 'invalid-code':
			return { key: 'check.result.invalid-code' };
	}
}

/** The short status of one checked device for the list of this visit. */
export function deviceStatusMessage(result: MatchResult): Message {
	switch (result.kind) {
		case 'match':
			return { key: 'check.devices.status-match' };
		case 'offset': {
			if (result.steps === 0) return { key: 'check.devices.status-match' };
			const { direction, seconds } = describeOffset(result.steps);
			return direction === 'ahead'
				? { key: 'check.devices.status-ahead', params: { seconds } }
				: { key: 'check.devices.status-behind', params: { seconds } };
		}
		case 'no-match':
		case 'invalid-code':
			return { key: 'check.devices.status-no-match' };
	}
}

/**
 * The sentence for a rejected key. List-valued details (characters, lookalikes) are formatted by the caller
 * with Intl.ListFormat, so this stays free of language rules.
 */
export function keyErrorMessage(error: KeyError): Message {
	switch (error.kind) {
		case 'empty':
			return { key: 'check.key.error-empty' };
		case 'invalid-chars':
			return { key: 'check.key.error-invalid-chars', params: { count: error.chars.length } };
		case 'too-short':
			return { key: 'check.key.error-too-short', params: { count: error.length, min: error.min } };
		case 'not-decodable':
			return { key: 'check.key.error-not-decodable' };
	}
}
