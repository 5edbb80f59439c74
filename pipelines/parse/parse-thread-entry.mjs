// Bootstrap of a parse sandbox thread. Loader hooks of the parent are not inherited by worker
// threads on Node 20, so the thread registers the TypeScript loader itself, then loads the parser.
import { register } from 'tsx/esm/api';

register();
await import('./parse-thread.ts');
