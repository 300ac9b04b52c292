import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { HeraldError } from '../../errors.js';
import { displayPathOf } from '../read-plan-file.js';
import { findPlanFiles } from './find-plans.js';

/**
 * The commands that edit a plan (track, win, sent, skipped) take one plan file: given a
 * folder they stop (exit 2) and name the plans in it, rather than guess which one to edit.
 */
export function refuseFolder(planArgument: string | undefined, cwd: string, command: string): void {
  if (planArgument === undefined) return;
  const path = resolve(cwd, planArgument);
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    return; // readPlanFile says what is wrong with the path
  }
  if (!isFolder) return;
  let plans: string[] = [];
  try {
    plans = findPlanFiles([planArgument], cwd, `herald ${command} path/to/plan.yaml`).map((file) => file.displayPath);
  } catch {
    // Naming the plans is a courtesy: a folder too large to search still gets the message.
  }
  const named =
    plans.length === 0 ? '' : ` Plans in it: ${plans.slice(0, 3).join(', ')}${plans.length > 3 ? `, and ${plans.length - 3} more` : ''}.`;
  throw new HeraldError('one-plan-only', `herald ${command} edits one plan, and ${displayPathOf(path, cwd)} is a folder`, {
    hint: `Name the plan file to edit.${named}`,
  });
}
