import { decodePlanBytes } from '../plan/decode-text.js';
import type { Diagnostic } from '../plan/diagnostics.js';
import { placeFindings, placeSyntaxErrors } from '../plan/validate-plan.js';
import { SourcePositions } from '../yaml/positions.js';
import { readYaml } from '../yaml/read-yaml.js';
import { checkOrg } from './check-org.js';
import type { Org } from './org-schema.js';

/** An organisation file read and checked: `org` when it has no errors. */
export interface OrgValidation {
  text: string;
  diagnostics: Diagnostic[];
  org: Org | undefined;
  positions: SourcePositions;
}

/**
 * The whole check of a herald.org.yaml's bytes: encoding, YAML, then its own checks. Pure;
 * async only to list every syntax error of a file that is not valid YAML.
 */
export async function readOrg(bytes: Uint8Array): Promise<OrgValidation> {
  const decoded = decodePlanBytes(bytes);
  const { text } = decoded;
  if (!decoded.ok) {
    const positions = new SourcePositions(text);
    return { text, diagnostics: placeFindings(decoded.findings, positions), org: undefined, positions };
  }
  const read = readYaml(text);
  if (!read.ok) {
    const positions = new SourcePositions(text);
    const diagnostics =
      read.syntaxError === undefined ? placeFindings(read.findings, positions) : await placeSyntaxErrors(text, read.syntaxError);
    return { text, diagnostics, org: undefined, positions };
  }
  const { org, findings } = checkOrg(read.data);
  return { text, diagnostics: placeFindings(findings, read.positions), org, positions: read.positions };
}
