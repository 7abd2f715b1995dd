import type { AnyCommand } from '../dispatch/command.ts';
import type { CommandContext, Invoker } from '../dispatch/context.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ReloadKnowledge } from '../knowledge/reload.ts';
import type { SourcesDesk } from '../feeds/sources-desk.ts';
import type { Logger } from '../log/logger.ts';
import type { BotStore } from '../store/store.ts';
import type { Cooldown } from './cooldown.ts';

/** What the Discord handlers share while the bot runs. */
export interface FrontEnd {
  registry: readonly AnyCommand[];
  kb: KnowledgeBase;
  store: BotStore;
  now: () => Date;
  log: Logger;
  cooldown: Cooldown;
  /** A handler still running after this long gets a deferred reply (Discord's window is 3 s). */
  deferAfterMs: number;
  /** `/reload`: reads the corpus again, in this process. */
  reloadKnowledge?: ReloadKnowledge;
  /** `BOT_OWNER_IDS`: who may run the commands declared `ownerOnly`. */
  ownerIds: ReadonlySet<string>;
  /** Links and feeds (`/sources add`, `/sources feed`). */
  sources?: SourcesDesk;
}

/** Who is asking: the user, whether they hold Manage Server here, whether they own the bot. */
export function invokerOf(frontEnd: FrontEnd, userId: string, canManageGuild: boolean): Invoker {
  return { id: userId, canManageGuild, isOwner: frontEnd.ownerIds.has(userId) };
}

export function commandContext(
  frontEnd: FrontEnd,
  where: { invoker: Invoker; guildId: string | null; channelId: string | null },
): CommandContext {
  return {
    kb: frontEnd.kb,
    store: frontEnd.store,
    now: frontEnd.now,
    invoker: where.invoker,
    guildId: where.guildId ?? 'dm',
    channelId: where.channelId ?? 'dm',
    ...(frontEnd.reloadKnowledge ? { reloadKnowledge: frontEnd.reloadKnowledge } : {}),
    ...(frontEnd.sources ? { sources: frontEnd.sources } : {}),
  };
}
