import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

// The page is plain TypeScript and CSS; the API serves the built files from dist/.
export default defineConfig({
  root,
  base: '/',
  build: { outDir: path.join(root, 'dist'), emptyOutDir: true, target: 'es2022', sourcemap: false },
});
