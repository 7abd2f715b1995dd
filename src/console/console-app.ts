import { commands } from '../../commands/index.ts';
import type { Config } from '../config/env.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { LiveCorpus } from '../knowledge/live-corpus.ts';
import { reloadInPlace } from '../knowledge/reload.ts';
import { SourcesDesk } from '../feeds/sources-desk.ts';
import type { Logger } from '../log/logger.ts';
import { consoleSchedulerOptions, withConsoleReminders } from './reminder-scheduler.ts';
import { startReminderScheduler } from '../reminders/scheduler.ts';
import { startFollowWatcher } from '../follows/watcher.ts';
import { consoleFollowOptions, withConsoleFollows } from './follow-alerts.ts';
import type { BotStore } from '../store/store.ts';
import { AttachmentFolder } from './attachments.ts';
import { runLines, runOnce } from './run-console.ts';
import { consoleContext } from './session.ts';

export interface ConsoleApp {
  config: Config;
  kb: KnowledgeBase;
  store: BotStore;
  log: Logger;
  now: () => Date;
  json: boolean;
  /** A command to run once; without one, commands are read from stdin. */
  line?: string;
  /** The folder for the files of replies (`--out`); a temporary one when absent. */
  out?: string;
}

/** The console front end (`npm start` without a token, and `npm run cli`): returns the exit code. */
export async function runConsoleApp({ config, kb, store, log, now, json, line, out }: ConsoleApp): Promise<number> {
  const reload = () => reloadInPlace(kb, config.CACHE_DIR, log);
  const sources = new SourcesDesk(new LiveCorpus(kb, config.CACHE_DIR, log), store.feeds, config, log);
  const options = {
    registry: commands,
    ctx: consoleContext(kb, now, store, reload, sources),
    log,
    json,
    input: process.stdin,
    output: process.stdout,
    attachments: new AttachmentFolder(out),
  };
  // Reminders for the console's channel print as they come due (on stderr with --json: stdout holds the replies).
  const reminders = {
    store,
    corpusDeadlines: () => kb.deadlines,
    now,
    log,
    pollSeconds: config.REMINDER_POLL_SECONDS,
    write: (text: string) => void (json ? process.stderr : process.stdout).write(`${text}\n`),
  };
  // Alerts of follows in the console's channel print the same way.
  const follows = { store, kb, now, log, pollMs: config.REMINDER_POLL_SECONDS * 1000, write: reminders.write };
  if (line !== undefined)
    return withConsoleFollows(follows, log, () => withConsoleReminders(reminders, () => runOnce(line, options)));
  const scheduler = startReminderScheduler(consoleSchedulerOptions(reminders));
  const watcher = startFollowWatcher(consoleFollowOptions(follows));
  // The console follows the feeds while it runs, like the bot on Discord.
  sources.start(config.FEED_POLL_MINUTES);
  await runLines(options);
  await sources.stop();
  await scheduler.stop();
  await watcher.stop();
  return 0;
}
