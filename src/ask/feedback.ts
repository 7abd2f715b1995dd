/**
 * 👍 / 👎 under each `/ask` answer. The answer as shown (question, passages) is saved when it is
 * shown; the buttons carry its id, the vote and when they were made, so rendering them and telling
 * an expired button need no database read.
 */
import { buttonId } from '../dispatch/command.ts';
import type { CommandContext } from '../dispatch/context.ts';
import type { Reply, ReplyButton } from '../render/reply.ts';
import type { ShownAnswer, Vote } from '../store/ask-feedback.ts';
import { DatabaseError } from '../store/errors.ts';

/** Buttons older than this politely decline: the answer they rate may no longer be what /ask says. */
export const VOTE_DAYS = 30;
const DAY_MS = 86_400_000;
const VOTES: Readonly<Record<Vote, string>> = { up: '👍', down: '👎' };

/**
 * Saves the answer and returns its vote buttons; none when the database cannot take it (an answer
 * matters more than its buttons, and the next one will try again).
 */
export async function voteButtons(
  ctx: CommandContext,
  shown: Omit<ShownAnswer, 'guildId' | 'channelId' | 'askedBy' | 'askedAt'>,
): Promise<ReplyButton[]> {
  const askedAt = ctx.now().getTime();
  let id: number;
  try {
    id = await ctx.store.askFeedback.saveShown({
      ...shown,
      guildId: ctx.guildId,
      channelId: ctx.channelId,
      askedBy: ctx.invoker.id,
      askedAt,
    });
  } catch (error) {
    if (error instanceof DatabaseError) return [];
    throw error;
  }
  const issued = Math.floor(askedAt / 1000).toString(36);
  return (['up', 'down'] as const).map((vote) => ({
    customId: buttonId('ask', 'vote', id, vote, issued),
    label: VOTES[vote],
  }));
}

const thanks = (content: string, data: Record<string, unknown>): Reply => ({
  ok: true,
  ephemeral: true,
  content,
  data,
});

/** A press of a vote button: `vote:<answer id>:<up|down>:<issued, base-36 seconds>`. */
export async function pressVote([verb, id, vote, issued]: string[], ctx: CommandContext): Promise<Reply | undefined> {
  const answerId = Number(id);
  const issuedMs = parseInt(issued ?? '', 36) * 1000;
  if (
    verb !== 'vote' ||
    !Number.isInteger(answerId) ||
    (vote !== 'up' && vote !== 'down') ||
    !Number.isFinite(issuedMs)
  )
    return undefined;
  const data = { answerId, vote };
  if (ctx.now().getTime() - issuedMs > VOTE_DAYS * DAY_MS)
    return thanks(
      `Thanks for rating it, but this answer is more than ${VOTE_DAYS} days old and no longer takes votes. Ask again with \`/ask\` to rate a fresh answer.`,
      { ...data, outcome: 'expired' },
    );
  const outcome = await ctx.store.askFeedback.vote(answerId, ctx.invoker.id, vote, ctx.now().getTime());
  const content = {
    recorded: `Thanks! Your ${VOTES[vote]} is recorded: it helps make \`/ask\` better.`,
    changed: `Your vote on this answer is now ${VOTES[vote]}.`,
    unchanged: `You already gave this answer a ${VOTES[vote]}; one vote per answer.`,
    'unknown answer': 'This answer is no longer on record, so it cannot take votes. Ask again with `/ask`.',
  }[outcome];
  return thanks(content, { ...data, outcome });
}
