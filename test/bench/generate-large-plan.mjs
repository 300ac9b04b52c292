#!/usr/bin/env node
// Writes a large, realistic, valid Herald plan for benchmarks:
// 100 audiences, 200 channels, 500 goals, 2,000 highlights, 2,000 measurements and
// 20 research entries (about 840 KB) for 2027-01-04..2027-12-31, Europe/Berlin.
//
//   node test/bench/generate-large-plan.mjs [out-file]    (default .tmp/large-plan.yaml)
//
// The output is deterministic (a seeded PRNG, no Math.random): the same file every run.
// Mixes block and flow style as a person would. The plan has no errors and is meant to
// have no warnings either: every goal is measurable with research and a due date, every
// highlight has evidence, every audience has channels and every channel an audience,
// high-influence audiences hear something at least every two weeks, and no audience gets
// more than 5 touches in a week.
//
// The sections are built by the modules in test/bench/large-plan/. They share one seeded
// PRNG, so they must be built in this order for the output to stay the same.

import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { buildAudiences } from './large-plan/audiences.mjs';
import { buildChannels } from './large-plan/channels.mjs';
import { buildGoals } from './large-plan/goals.mjs';
import { buildHighlights } from './large-plan/highlights.mjs';
import { buildMeasurements } from './large-plan/measurements.mjs';
import { planToYaml } from './large-plan/plan-yaml.mjs';
import { buildResearch } from './large-plan/research.mjs';

const outFile = resolve(process.argv[2] ?? '.tmp/large-plan.yaml');

const research = buildResearch();
const channels = buildChannels();
const audiences = buildAudiences(channels);
const goals = buildGoals();
const highlights = buildHighlights(goals);
const measurements = buildMeasurements(goals);

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, planToYaml({ research, goals, audiences, channels, highlights, measurements }));
const bytes = statSync(outFile).size;
console.log(`${outFile}: ${(bytes / 1024).toFixed(0)} KB (${bytes} bytes)`);
