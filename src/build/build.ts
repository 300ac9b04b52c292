import { bundleCli } from './bundle.js';
import { writeSchemaArtifacts } from './generate-schema.js';

// `npm run build`: the generated schema files first, then the bundle that includes them.
writeSchemaArtifacts();
await bundleCli();
