/**
 * `npm start`: with `DISCORD_TOKEN` set the bot runs on Discord; without one it opens the terminal
 * console with the same commands, so a newcomer needs nothing but `npm install` and `npm start`.
 */
import { commands } from '../commands/index.ts';
import { formatConfigProblems, loadConfig } from './config/env.ts';
import { runConsoleApp } from './console/console-app.ts';
import { runDiscordBot } from './discord/bot.ts';
import { openServingKnowledgeBase } from './knowledge/cache.ts';
import { createLogger } from './log/logger.ts';
import { openStore } from './store/store.ts';

async function main(): Promise<number> {
  const result = loadConfig();
  if (!result.ok) {
    console.error(formatConfigProblems(result.problems));
    return 1;
  }
  const { config } = result;
  const log = createLogger(config.LOG_LEVEL ?? (config.DISCORD_TOKEN ? 'info' : 'warn'));
  const kb = openServingKnowledgeBase(config.CORPUS_DIR, config.CACHE_DIR, log);
  const store = openStore(config.DATABASE_PATH);
  if (config.DISCORD_TOKEN) return runDiscordBot({ config, token: config.DISCORD_TOKEN, kb, store, log, registry: commands });
  try {
    return await runConsoleApp({ config, kb, store, log, now: () => new Date(), json: false });
  } finally {
    store.close();
  }
}

process.exitCode = await main();
