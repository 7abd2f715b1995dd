import type { FollowDeliver, FollowMessage } from '../follows/delivery.ts';
import { createFollowWatcher, type FollowWatcherOptions } from '../follows/watcher.ts';
import type { Logger } from '../log/logger.ts';
import { followPosts } from '../render/follow-posts.ts';
import { toTerminalText } from '../render/terminal.ts';
import { CONSOLE_CHANNEL } from './reminder-scheduler.ts';

/** The console's deliver: prints the alerts of follows in its own channel, as it prints reminders. */
export function consoleFollowDeliver(write: (line: string) => void, now: () => Date): FollowDeliver {
  const print = (message: FollowMessage, note = '') =>
    write(
      `[#${CONSOLE_CHANNEL}]${note} ${toTerminalText({ ok: true, ...(message.content ? { content: message.content } : {}), embeds: message.embeds, data: {} }, now(), { color: false })}`,
    );
  return {
    async post(target, message, nonce) {
      if (target.channelId !== CONSOLE_CHANNEL)
        return { permanent: `the console cannot post to channel ${target.channelId}` };
      print(message);
      return { sent: { channelId: CONSOLE_CHANNEL, messageId: nonce } };
    },
    async edit(at, message) {
      print(message, ' (alert updated: another source)');
      return { sent: at };
    },
  };
}

export interface ConsoleFollows extends Pick<FollowWatcherOptions, 'store' | 'kb' | 'now' | 'log' | 'pollMs'> {
  write: (line: string) => void;
}

/** The follow watcher as the console runs it: the console's own follows, printed. */
export function consoleFollowOptions(options: ConsoleFollows): FollowWatcherOptions {
  const { write, ...rest } = options;
  return {
    ...rest,
    deliver: consoleFollowDeliver(write, options.now),
    posts: followPosts,
    scope: { guildId: CONSOLE_CHANNEL },
  };
}

/** A one-shot console command between two follow ticks: what was indexed before it, and what it added (a `/reload`), print. */
export async function withConsoleFollows<T>(options: ConsoleFollows, log: Logger, run: () => Promise<T>): Promise<T> {
  const watcher = createFollowWatcher(consoleFollowOptions(options));
  const tick = () => watcher.tick().catch((error: unknown) => log.error({ err: error }, 'follow tick failed'));
  await tick();
  const result = await run();
  await tick();
  return result;
}
