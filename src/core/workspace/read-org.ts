import { decodePlanBytes } from '../plan/decode-text.js';
import type { Diagnostic } from '../plan/diagnostics.js';
import { placeFindings } from '../plan/validate-plan.js';
import { readYaml } from '../yaml/read-yaml.js';
import type { SourceNode } from '../yaml/source-map.js';
import { checkOrg } from './check-org.js';
import type { Org } from './org-schema.js';

/** An organisation file read and checked: `org` when it has no errors. */
export interface OrgValidation {
  text: string;
  diagnostics: Diagnostic[];
  org: Org | undefined;
  sourceMap: SourceNode | undefined;
}

/** The whole check of a herald.org.yaml's bytes: encoding, YAML, then its own checks. Pure. */
export async function readOrg(bytes: Uint8Array): Promise<OrgValidation> {
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok)
    return {
      text: decoded.text,
      diagnostics: placeFindings(decoded.findings, decoded.text, undefined),
      org: undefined,
      sourceMap: undefined,
    };
  const { text } = decoded;
  const read = await readYaml(text);
  if (!read.ok) return { text, diagnostics: placeFindings(read.findings, text, undefined), org: undefined, sourceMap: undefined };
  const { org, findings } = checkOrg(read.data);
  return { text, diagnostics: placeFindings(findings, text, read.sourceMap), org, sourceMap: read.sourceMap };
}
