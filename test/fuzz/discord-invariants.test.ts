import { describe, expect, it } from 'vitest';
import {
  assertChoicesWithinLimits,
  assertWithinDiscordLimits,
  choicesViolations,
  discordViolations,
} from './discord-invariants.ts';

/** The checker other tests rely on: it passes what Discord takes and names what it would refuse. */

const ok = { content: 'hello', embeds: [], components: [], allowedMentions: { parse: [] } };

describe('discordViolations', () => {
  it('passes a payload Discord takes, in either shape (renderer or REST body)', () => {
    expect(discordViolations(ok)).toEqual([]);
    expect(
      discordViolations({
        content: 'hi',
        allowed_mentions: { parse: [], replied_user: false },
        message_reference: { message_id: '1' },
      }),
    ).toEqual([]);
    expect(() =>
      assertWithinDiscordLimits({
        embeds: [{ title: 't'.repeat(256), description: 'd'.repeat(4096), footer: { text: 'f' } }],
        allowedMentions: { parse: [] },
      }),
    ).not.toThrow();
  });

  it('names every limit broken', () => {
    const payload = {
      content: 'x'.repeat(2001),
      embeds: [
        { title: 't'.repeat(257), fields: [{ name: '', value: 'v'.repeat(1025) }] },
        ...Array.from({ length: 10 }, () => ({ description: 'd'.repeat(4097) })),
      ],
      components: [
        {
          type: 1,
          components: Array.from({ length: 6 }, () => ({
            type: 2,
            style: 2,
            custom_id: 'c'.repeat(101),
            label: 'l'.repeat(81),
          })),
        },
      ],
      allowedMentions: { parse: [] },
    };
    const problems = discordViolations(payload).join('\n');
    for (const path of [
      'content',
      'embeds: Must be 10',
      'embeds.0.title',
      'embeds.0.fields.0.name',
      'embeds.0.fields.0.value',
      'embeds.1.description',
      'Embed size exceeds',
      'components.0.components:',
      'custom_id',
      'label',
    ]) {
      expect(problems).toContain(path);
    }
  });

  it('refuses anything that could ping', () => {
    expect(discordViolations({ content: '@everyone' })).toContain(
      'allowed mentions missing: Discord would parse every mention in the text',
    );
    expect(discordViolations({ ...ok, allowedMentions: { parse: ['everyone'] } })).toHaveLength(1);
    expect(discordViolations({ ...ok, allowedMentions: { parse: [], users: ['1'] } })).toHaveLength(1);
    expect(discordViolations({ ...ok, allowedMentions: { parse: [], repliedUser: true } })).toEqual([
      'the reply pings the author',
    ]);
  });

  it('refuses text that is not well-formed and values that are not JSON', () => {
    expect(discordViolations({ ...ok, content: 'a\ud800b' })[0]).toMatch(/^content: lone surrogate/);
    expect(discordViolations({ ...ok, embeds: [{ title: '\udc00', description: 'ok 😀' }] })).toEqual([
      expect.stringMatching(/^embeds\.0\.title: lone surrogate/),
    ]);
    expect(discordViolations({ ...ok, flags: Number.NaN })).toEqual(['flags: NaN is not a JSON number']);
    expect(discordViolations({ ...ok, content: '😀' })).toEqual([]);
  });

  it('refuses an empty message unless it is an edit', () => {
    expect(discordViolations({ embeds: [], allowedMentions: { parse: [] } })).toEqual([
      '(message): Cannot send an empty message',
    ]);
    expect(discordViolations({ embeds: [], allowedMentions: { parse: [] } }, { partial: true })).toEqual([]);
  });
});

describe('choicesViolations', () => {
  it('passes up to 25 choices of 1 to 100 characters, names what is wrong otherwise', () => {
    expect(() =>
      assertChoicesWithinLimits(Array.from({ length: 25 }, (_, i) => ({ name: 'n'.repeat(100), value: `${i}` }))),
    ).not.toThrow();
    expect(choicesViolations(Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })))).toHaveLength(1);
    expect(choicesViolations([{ name: '', value: 'v'.repeat(101) }]).join('\n')).toMatch(
      /choices\.0\.name[^]*choices\.0\.value/,
    );
    expect(choicesViolations([{ name: 'n', value: '' }])).toEqual(['data.choices.0.value: must be a non-empty string']);
    expect(choicesViolations([{ name: '\ud800', value: 'v' }])[0]).toMatch(/lone surrogate/);
  });
});
