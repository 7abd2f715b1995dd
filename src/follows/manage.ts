import type { FollowRow, NewFollow } from '../store/follows.ts';
import type { BotStore } from '../store/store.ts';

/** What `/follow` does to the store; the command reads options and words replies. */

export const MAX_FOLLOWS = 25;

export type AddFollowResult = { ok: true; follow: FollowRow } | { ok: false; error: string };

const sameSubject = (a: NewFollow, b: FollowRow) =>
  a.channelId === b.channelId &&
  (a.country ?? null) === (b.country ?? null) &&
  (a.speaker ?? null) === (b.speaker ?? null) &&
  (a.words ?? '').toLowerCase() === (b.words ?? '').toLowerCase();

export function addFollow(store: BotStore, follow: NewFollow, now: Date): Promise<AddFollowResult> {
  return store.transaction(async (): Promise<AddFollowResult> => {
    const existing = await store.follows.list(follow.guildId);
    if (existing.length >= MAX_FOLLOWS)
      return {
        ok: false,
        error: `This server already has ${MAX_FOLLOWS} follows, the most it may have: each one is checked against every new article, and more would flood its channels. Remove one with \`/follow remove\` first.`,
      } as const;
    const twin = existing.find((f) => sameSubject(follow, f));
    if (twin)
      return {
        ok: false,
        error: `Follow #${twin.id} already follows that in that channel${twin.status === 'disabled' ? ' (disabled: remove it and add it again)' : ''}.`,
      } as const;
    return { ok: true, follow: await store.follows.add(follow, now.getTime()) } as const;
  });
}

/** Removes a guild's follow (kept in the database, marked removed); undefined when it has none with that id. */
export async function removeFollow(store: BotStore, guildId: string, id: number): Promise<FollowRow | undefined> {
  const follow = await store.follows.get(id);
  if (!follow || follow.guildId !== guildId || follow.status === 'removed') return undefined;
  await store.transaction(async () => {
    await store.follows.setStatus(id, 'removed');
    await store.follows.cancelUntried(id, 'removed with /follow remove');
  });
  return follow;
}
