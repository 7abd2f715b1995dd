/**
 * `npm start`: with `DISCORD_TOKEN` set the bot runs on Discord; without one it opens the terminal
 * console with the same commands, so a newcomer needs nothing but `npm install` and `npm start`.
 */
import { commands } from '../commands/index.ts';
import { formatConfigProblems, loadConfig } from './config/env.ts';
import { runLines } from './console/run-console.ts';
import { consoleContext } from './console/session.ts';
import { loadKnowledgeBase } from './knowledge/knowledge-base.ts';
import { createLogger } from './log/logger.ts';

async function main(): Promise<number> {
  const result = loadConfig();
  if (!result.ok) {
    console.error(formatConfigProblems(result.problems));
    return 1;
  }
  const { config } = result;
  const log = createLogger(config.LOG_LEVEL);
  const kb = loadKnowledgeBase(config.CORPUS_DIR);
  for (const p of kb.problems) log.warn({ file: p.file, line: p.line }, `skipped ${p.file}:${p.line}: ${p.message}`);
  await runLines({ registry: commands, ctx: consoleContext(kb, () => new Date()), log, json: false, input: process.stdin, output: process.stdout });
  return 0;
}

process.exitCode = await main();
