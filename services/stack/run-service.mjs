// `npm run worker`, `npm run api`: runs a service from the sources as `npm start` does, from a bundle of them
// (serviceCommand in stack.ts), so the long-running process holds no TypeScript loader. A short-lived child
// running the sources through tsx finds the bundle, or makes it when a source changed. If there is none (the
// child has said why), this process loads the sources through tsx itself.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const name = process.argv[2];
if (name !== 'api' && name !== 'worker') {
  process.stderr.write('usage: node services/stack/run-service.mjs api|worker\n');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const found = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'services', 'cli', 'service-command.ts'), name], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
let command = null;
try {
  command = JSON.parse(found.stdout);
} catch {
  process.stderr.write(
    `could not find the ${name}'s bundle (exit ${found.status ?? found.signal}); it runs the TypeScript sources through tsx\n`,
  );
}
if (command?.kind === 'bundled') {
  await import(pathToFileURL(command.args.at(-1)).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'services', name, 'main.ts')).href);
}
