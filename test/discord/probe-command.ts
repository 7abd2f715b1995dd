import { setTimeout as sleep } from 'node:timers/promises';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { buttonId, defineCommand } from '../../src/dispatch/command.ts';
import { hideOption } from '../../src/dispatch/hide-option.ts';
import { errorReply } from '../../src/render/reply.ts';

/**
 * A test-only command exercising what the registry's commands may not (yet): autocomplete, buttons,
 * a throwing handler, a slow one, an oversized reply. `mode` picks the behaviour.
 */
export const PROBE_CHOICES = ['steel', 'soybeans', 'semiconductors', 'aluminium'];

export const probeCommand = defineCommand({
  definition: {
    name: 'probe',
    description: 'Test fixture',
    options: [
      {
        name: 'mode',
        description: 'What to do',
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
      },
      { name: 'text', description: 'Text to echo', type: ApplicationCommandOptionType.String },
      hideOption,
    ],
  },
  async handle(options, ctx) {
    switch (options.mode) {
      case 'boom':
        throw new Error('probe exploded');
      case 'slow':
        await sleep(400);
        return { ok: true, content: 'slow but done', data: {} };
      case 'slow-error':
        await sleep(400);
        return errorReply('slow and wrong');
      case 'page':
        return {
          ok: true,
          content: 'page 1',
          buttons: [{ customId: buttonId('probe', 'page', 2), label: 'Next' }],
          data: {},
        };
      case 'huge':
        return {
          ok: true,
          content: 'Sentence one is here. '.repeat(200),
          embeds: Array.from({ length: 12 }, (_, i) => ({
            title: `T${i} `.repeat(100),
            description: 'Long passage text. '.repeat(300),
            fields: Array.from({ length: 30 }, (_, j) => ({ name: `field ${j} `.repeat(40), value: 'v '.repeat(700) })),
            footer: 'f'.repeat(3000),
          })),
          buttons: Array.from({ length: 7 }, (_, i) => ({
            customId: buttonId('probe', 'page', i),
            label: 'L'.repeat(120),
          })),
          data: {},
        };
      case 'whoami':
        return {
          ok: true,
          content: `manage:${ctx.invoker.canManageGuild} user:${ctx.invoker.id} guild:${ctx.guildId} channel:${ctx.channelId}`,
          data: {},
        };
      default:
        return { ok: true, content: `echo: ${options.text ?? ''}`, data: {} };
    }
  },
  autocomplete(focused) {
    return PROBE_CHOICES.filter((c) => c.startsWith(focused.value)).map((c) => ({ name: c, value: c }));
  },
  button(args) {
    if (args[0] === 'boom') throw new Error('button exploded');
    return {
      ok: true,
      content: `page ${args[1]}`,
      buttons: [{ customId: buttonId('probe', 'page', Number(args[1]) + 1), label: 'Next' }],
      data: {},
    };
  },
});

/** Declares itself slow: always deferred before its handler runs. */
export const slowProbeCommand = defineCommand({
  definition: { name: 'slowprobe', description: 'Test fixture that defers', options: [hideOption] },
  defer: true,
  handle: () => ({ ok: true, content: 'deferred on purpose', data: {} }),
});
