// Where the running code sits and how it was made: the TypeScript sources (run through tsx or vitest), a bundle of
// the sources (JavaScript written by esbuild into the project's .cache folder), or the compiled build in dist/.
// A bundle is one file for many modules, so `import.meta.url` there names the bundle, not the module: code that
// finds files next to itself asks this module instead.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Replaced by the bundler (esbuild `define`, see bundle-entry.ts) with the project root the bundle was made from;
// undefined everywhere else.
declare const LARDOM_BUNDLED_FROM: string | undefined;

/** `sources`: the TypeScript files; `bundled`: a bundle of them in .cache/; `compiled`: the dist/ build. */
export type CodeKind = 'sources' | 'bundled' | 'compiled';

const HERE = fileURLToPath(import.meta.url);
const BUNDLED_FROM = typeof LARDOM_BUNDLED_FROM === 'string' ? LARDOM_BUNDLED_FROM : null;

/** How the running code was made. */
export const CODE_KIND: CodeKind = BUNDLED_FROM ? 'bundled' : HERE.endsWith('.ts') ? 'sources' : 'compiled';

/** Root of the project (where package.json and node_modules are); the compiled build sits in its dist/ folder. */
export const PROJECT_ROOT = BUNDLED_FROM ?? path.resolve(path.dirname(HERE), CODE_KIND === 'compiled' ? '../..' : '..');
