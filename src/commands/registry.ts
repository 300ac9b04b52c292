/**
 * Every command, in the order a plan is used: the order of `herald --help`, of the overview's
 * examples, of the code caches the build writes and of the bench. Adding a command is a folder
 * with its `command.ts` and a line here; program.ts, the build and the bench read this list.
 * Loaded on every start: each entry is a declaration, its code is imported only when it runs.
 */
import { brief } from './brief/command.js';
import { generate } from './generate/command.js';
import { init } from './init/command.js';
import { sent, skipped } from './record-touch/command.js';
import { report } from './report/command.js';
import { schedule } from './schedule/command.js';
import { schema } from './schema/command.js';
import type { CommandSpec } from './shared/command-spec.js';
import { track } from './track/command.js';
import { validate } from './validate/command.js';
import { win } from './win/command.js';

export const COMMANDS: readonly CommandSpec[] = [init, validate, schedule, generate, sent, skipped, track, win, report, brief, schema];
