/* global process */
/**
 * `npm start`: builds the bot when the build is missing or stale (see build.mjs), then runs the
 * compiled src/main.ts. Set-up stays `npm install`, `npm start`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.mjs';

// Stack traces in the logs name the TypeScript files and lines.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(await ensureBuilt(), 'main.js')).href);
