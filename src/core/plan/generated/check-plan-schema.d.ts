// Types for the generated validator (see src/build/generate-schema.ts).
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
declare const checkPlanSchema: ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
export default checkPlanSchema;
/** The JSON Schema the validator checks against (validate's copy: see schema-artifacts.ts). */
export declare const planSchema: unknown;
