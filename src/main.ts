/**
 * `npm start`: with `DISCORD_TOKEN` set the bot runs on Discord; without one it opens the terminal
 * console with the same commands, so a newcomer needs nothing but `npm install` and `npm start`.
 */
import { commands } from '../commands/index.ts';
import { formatConfigProblems, loadConfig } from './config/env.ts';
import { runLines } from './console/run-console.ts';
import { consoleContext } from './console/session.ts';
import { runDiscordBot } from './discord/bot.ts';
import { openServingKnowledgeBase } from './knowledge/cache.ts';
import { createLogger } from './log/logger.ts';
import { consoleSchedulerOptions } from './reminders/console.ts';
import { startReminderScheduler } from './reminders/scheduler.ts';
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
  const now = () => new Date();
  const write = (line: string) => void process.stdout.write(`${line}\n`);
  const reminders = startReminderScheduler(consoleSchedulerOptions({ store, corpusDeadlines: () => kb.deadlines, now, log, pollSeconds: config.REMINDER_POLL_SECONDS, write }));
  await runLines({ registry: commands, ctx: consoleContext(kb, now, store), log, json: false, input: process.stdin, output: process.stdout });
  await reminders.stop();
  store.close();
  return 0;
}

process.exitCode = await main();
