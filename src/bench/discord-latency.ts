import type { AnyCommand } from '../dispatch/command.ts';
import { parseConfig } from '../config/env.ts';
import { consoleContext } from '../console/session.ts';
import { startDiscordBot } from '../discord/bot.ts';
import { deployCommands } from '../discord/deploy-commands.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { createLogger } from '../log/logger.ts';
import { openStore } from '../store/store.ts';
// The emulator lives with the tests; the benchmark is a development tool, so it may use it too.
import { DiscordEmulator } from '../emulator/discord-emulator.ts';
import type { OptionValues } from '../emulator/payloads.ts';
import { autocompleteInputs, timedCommandInputs, type CommandInput, type Keystroke } from './command-inputs.ts';
import { askQuestions } from './queries.ts';
import type { Random } from './random.ts';
import { summarize, timeEach, type LatencySummary } from './stats.ts';

/** Interactions timed through the emulator. */
export const INTERACTIONS = 500;

type Interaction = { kind: 'command'; input: CommandInput } | { kind: 'autocomplete'; input: Keystroke };

/** Of every five interactions, three are `/ask`, one another timed command, one an autocomplete keystroke. */
async function interactionMix(
  kb: KnowledgeBase,
  registry: readonly AnyCommand[],
  random: Random,
  count: number,
): Promise<Interaction[]> {
  const d = { registry, ctx: consoleContext(kb, () => new Date(), openStore(':memory:')), log: createLogger('silent') };
  const asks = askQuestions(
    kb.passages.map((p) => p.text),
    random,
    count,
  ).map((question): Interaction => ({ kind: 'command', input: { command: 'ask', raw: { values: { question } } } }));
  const others = (await timedCommandInputs(d, random)).flatMap(({ inputs }) =>
    'missing' in inputs ? [] : inputs.map((input): Interaction => ({ kind: 'command', input })),
  );
  const keystrokes = autocompleteInputs(registry, random).map((input): Interaction => ({
    kind: 'autocomplete',
    input,
  }));
  await d.ctx.store.close();
  return Array.from({ length: count }, (_, i) => {
    const pool = i % 5 === 3 && others.length > 0 ? others : i % 5 === 4 && keystrokes.length > 0 ? keystrokes : asks;
    return random.pick(pool);
  });
}

/**
 * INTERACTION_CREATE to interaction callback, as Discord sees it: the emulator dispatches over its
 * gateway, the real discord.js client front end answers over REST. One interaction at a time.
 */
export async function measureDiscordRoundTrip(
  kb: KnowledgeBase,
  registry: readonly AnyCommand[],
  random: Random,
): Promise<LatencySummary> {
  const emu = await DiscordEmulator.start();
  const parsed = parseConfig({ DISCORD_TOKEN: emu.token, DISCORD_API_URL: emu.apiUrl, COOLDOWN_SECONDS: '0' });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const log = createLogger('silent');
  // The bot closes its store when it stops.
  const bot = await startDiscordBot({
    config: parsed.config,
    token: emu.token,
    kb,
    store: openStore(':memory:'),
    log,
    registry,
  });
  try {
    // Registered first, so the emulator types each option as Discord would.
    await deployCommands({
      config: {
        DISCORD_API_URL: emu.apiUrl,
        DISCORD_GUILD_ID: emu.defaults.guildId,
        DISCORD_APPLICATION_ID: undefined,
      },
      token: emu.token,
      registry,
      log,
    });
    const samples = await timeEach(
      await interactionMix(kb, registry, random, INTERACTIONS),
      async ({ kind, input }) => {
        const { command, raw } = input;
        const origin = raw.subcommand ? { subcommand: raw.subcommand } : {};
        const values = raw.values as OptionValues;
        const exchange =
          kind === 'command'
            ? emu.command(command, values, origin)
            : emu.autocomplete(
                command,
                input.focused.name,
                { ...values, [input.focused.name]: input.focused.value },
                origin,
              );
        await exchange.callback();
      },
    );
    return summarize(samples);
  } finally {
    await bot.stop();
    await emu.stop();
  }
}
