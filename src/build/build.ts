import { bundleCli } from './bundle.js';
import { writeSchemaArtifacts } from './generate-schema.js';
import { writeTemplateArtifacts } from './template-artifacts.js';

// `npm run build`: the generated files first, then the bundle that includes them.
writeSchemaArtifacts();
writeTemplateArtifacts();
await bundleCli();
