import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDiscordPayload } from '../../src/render/discord-payload.ts';
import type { Reply } from '../../src/render/reply.ts';
import { assertWithinDiscordLimits } from './discord-invariants.ts';
import { fuzzParameters, fuzzTimeout } from './config.ts';
import { hostileString } from './hostile.ts';

/**
 * The renderer is the one place Discord's limits are enforced, so any reply a command may build
 * (commands added later included) must come out sendable: oversized, overfull, full of emoji.
 * Handlers hand it well-formed text; cutting that text must not break it.
 */

const text = (max: number) => hostileString(max).map((s) => s.toWellFormed());

const field = fc.record(
  { name: text(300), value: text(1200), inline: fc.boolean() },
  { requiredKeys: ['name', 'value'] },
);
const embed = fc.record(
  {
    title: text(300),
    url: fc.constantFrom('https://example.com/a', 'javascript:alert(1)', ''),
    description: text(6000),
    fields: fc.array(field, { maxLength: 30 }),
    footer: text(2100),
  },
  { requiredKeys: [] },
);
// Custom ids come from `buttonId` (a command name first) and labels from the command: never empty.
const button = fc.record(
  { customId: text(150).map((id) => `x${id}`), label: text(100).map((label) => `>${label}`), disabled: fc.boolean() },
  { requiredKeys: ['customId', 'label'] },
);

const replies: fc.Arbitrary<Reply> = fc.record(
  {
    ok: fc.boolean(),
    content: text(6000).filter((s) => s.trim() !== ''),
    embeds: fc.array(embed, { maxLength: 12 }),
    buttons: fc.array(button, { maxLength: 7 }),
    ephemeral: fc.boolean(),
    data: fc.constant({}),
  },
  { requiredKeys: ['ok', 'content', 'data'] },
);

describe('toDiscordPayload', () => {
  it('renders any reply within Discord limits, well-formed, pinging no one', { timeout: fuzzTimeout() }, () => {
    fc.assert(
      fc.property(replies, (reply) => {
        const payload = toDiscordPayload(reply);
        expect(payload.allowedMentions).toEqual({ parse: [] });
        assertWithinDiscordLimits(payload);
      }),
      fuzzParameters(),
    );
  });
});
