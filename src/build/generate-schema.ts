import { renderOrgSchemaArtifacts, renderSchemaArtifacts } from './schema-artifacts.js';
import { writeGeneratedFiles } from './write-generated.js';

/**
 * Writes the plan's JSON Schema and its compiled validator next to the plan model, so that
 * Herald never loads a schema library at run time (a test fails when they are stale), and
 * the time zone names of this Node's ICU.
 */
export function writeSchemaArtifacts(): void {
  writeGeneratedFiles('src/core/plan/generated', renderSchemaArtifacts());
  writeGeneratedFiles('src/core/workspace/generated', renderOrgSchemaArtifacts());
}
