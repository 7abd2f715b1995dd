import type { Message, MessageReplyOptions } from 'discord.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';
import type { FrontEnd } from '../../src/discord/front-end.ts';
import { handleMention, questionFor } from '../../src/discord/mentions.ts';
import { assertWithinDiscordLimits } from './discord-invariants.ts';
import { fuzzParameters, fuzzTimeout } from './config.ts';
import { fuzzWorld, NOW } from './fixture.ts';
import { hostileString, SNOWFLAKE } from './hostile.ts';

/** Messages that mention the bot (and ones that only look as if they do): answered as /ask, never pinging. */

const world = fuzzWorld();
afterAll(() => world.close());

/** The bot's id: the snowflake the hostile fragments mention (`<@…>`, `<@!…>`, `<@&…>`), or another. */
const botIds = fc.constantFrom(SNOWFLAKE, '987654321098765432');

/** A message of up to 2,000 characters (Discord's limit for users) with the bot mentioned anywhere, or not at all. */
const messages = botIds.chain((botId) =>
  fc
    .tuple(
      hostileString(2000),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(`<@${botId}>`, `<@!${botId}>`)), { maxLength: 3 }),
    )
    .map(([text, mentions]) => ({
      botId,
      content: mentions.reduce(
        (out, [at, mention]) => out.slice(0, at % (out.length + 1)) + mention + out.slice(at % (out.length + 1)),
        text,
      ),
    })),
);

function addresses(content: string, botId: string): boolean {
  return content.includes(`<@${botId}>`) || content.includes(`<@!${botId}>`);
}

describe('the question in a message that mentions the bot (questionFor)', () => {
  it(
    'is null unless the bot itself is mentioned (not @everyone, a role, another user); else the text without the mention',
    { timeout: fuzzTimeout() },
    () => {
      fc.assert(
        fc.property(messages, ({ botId, content }) => {
          const question = questionFor(content, botId);
          expect(question !== null).toBe(addresses(content, botId));
          if (question !== null) {
            expect(addresses(question, botId)).toBe(false);
            expect(question).toBe(question.trim());
          }
        }),
        fuzzParameters(),
      );
    },
  );
});

/** Just enough of a discord.js message for `handleMention`; the emulator tests drive the real one. */
function fakeMessage(content: string, botId: string, sent: MessageReplyOptions[]): Message {
  const message = {
    id: '423456789012345678',
    content,
    client: { user: { id: botId } },
    author: { id: '223456789012345678', bot: false },
    webhookId: null,
    member: null,
    guildId: SNOWFLAKE,
    channelId: '323456789012345678',
    reply: (payload: MessageReplyOptions) => Promise.resolve(void sent.push(payload)),
  };
  return message as unknown as Message;
}

describe('handleMention', () => {
  const frontEnd: FrontEnd = {
    registry: commands,
    kb: world.console.kb,
    store: world.console.store,
    now: () => NOW,
    log: world.log,
    cooldown: new Cooldown(0),
    deferAfterMs: 2000,
    ownerIds: new Set(),
  };

  it(
    'answers each message that mentions the bot once, within limits, pinging no one (not even its author)',
    { timeout: fuzzTimeout() },
    async () => {
      await fc.assert(
        fc.asyncProperty(messages, async ({ botId, content }) => {
          const sent: MessageReplyOptions[] = [];
          await handleMention(fakeMessage(content, botId, sent), frontEnd);
          expect(world.takeErrors(), 'a handler threw instead of answering').toEqual([]);
          expect(sent).toHaveLength(addresses(content, botId) ? 1 : 0);
          for (const payload of sent) {
            expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
            assertWithinDiscordLimits(payload);
          }
        }),
        fuzzParameters(),
      );
    },
  );
});
