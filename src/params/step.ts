import type { ParamMatcher } from '@sveltejs/kit';
import { stepFromParam } from '$lib/wizard/steps';

export const match: ParamMatcher = (param) => stepFromParam(param) !== undefined;
