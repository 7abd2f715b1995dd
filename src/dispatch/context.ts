import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ReloadKnowledge } from '../knowledge/reload.ts';
import type { SourcesDesk } from '../feeds/sources-desk.ts';
import type { BotStore } from '../store/store.ts';

/** Who is asking, as far as the commands need to know. */
export interface Invoker {
  id: string;
  /** Holds Manage Server in this guild (always true in the console: the operator owns it). */
  canManageGuild: boolean;
  /** Listed in `BOT_OWNER_IDS` (always true in the console); absent means not an owner. */
  isOwner?: boolean;
}

/** Everything a handler may use. Transports build it; handlers never reach past it. */
export interface CommandContext {
  kb: KnowledgeBase;
  /** The bot's SQLite state: server deadlines and reminders. */
  store: BotStore;
  /** The current time; fixed by `--now` in the console and by tests. */
  now: () => Date;
  invoker: Invoker;
  /** Discord guild id, or `console` in the terminal. */
  guildId: string;
  /** Discord channel id, or `console` in the terminal. */
  channelId: string;
  /** Reads the corpus again (`/reload`); absent where the transport cannot. */
  reloadKnowledge?: ReloadKnowledge;
  /** Links and feeds (`/sources add`, `/sources feed`); absent where the transport has none. */
  sources?: SourcesDesk;
}
