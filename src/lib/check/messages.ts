import { describeOffset, type CodeInput, type MatchResult } from '$lib/otp/compare';
import type { Message } from '$lib/forms/key-messages';

/** The sentence for the result of comparing a device's code with ours. */
export function resultMessage(result: MatchResult): Message {
	switch (result.kind) {
		case 'match':
			return { key: 'check.result.match' };
		case 'offset': {
			const { direction, seconds } = describeOffset(result.steps);
			return direction === 'ahead'
				? { key: 'check.result.clock-ahead', params: { seconds } }
				: { key: 'check.result.clock-behind', params: { seconds } };
		}
		case 'no-match':
			return { key: 'check.result.no-match' };
		case 'invalid-code':
			return { key: 'check.code-error.empty' };
	}
}

/** What to fix in a typed code that is not 6 digits; null for a code. The caller quotes `chars`. */
export function codeInputMessage(input: CodeInput): Message | null {
	switch (input.kind) {
		case 'code':
			return null;
		case 'empty':
			return { key: 'check.code-error.empty' };
		case 'not-digits':
			return { key: 'check.code-error.not-digits', params: { count: input.chars.length } };
		case 'wrong-length':
			return input.digits < 6
				? { key: 'check.code-error.too-short', params: { count: input.digits } }
				: { key: 'check.code-error.too-long', params: { count: input.digits } };
	}
}

/** The short status of one checked device for the list of this visit. */
export function deviceStatusMessage(result: MatchResult): Message {
	switch (result.kind) {
		case 'match':
			return { key: 'check.devices.status-match' };
		case 'offset': {
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
