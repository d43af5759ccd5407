// Strings of the workflow view, Vietnamese first; merged into the tables by messages.ts.
import type { TableOf } from './message.js';

export const vi = {};

export const en = {} satisfies TableOf<typeof vi>;
