import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the bot's package.json, found upwards from this module's file. Under tsx that file
 * is src/config/project-root.ts; in the compiled build it is dist/main.js: one rule finds the
 * project from both, where a fixed `../..` would point elsewhere in the build.
 */
function findProjectRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error('no package.json above the bot code');
  }
}

export const PROJECT_ROOT = findProjectRoot();
