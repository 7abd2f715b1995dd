import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import type { AutocompleteChoice, AnyCommand, FocusedOption } from '../dispatch/command.ts';
import type { CommandContext } from '../dispatch/context.ts';
import { runAutocomplete } from '../dispatch/dispatch.ts';
import { basicOptions, subcommandNames, type RawOptions } from '../dispatch/options.ts';
import type { Logger } from '../log/logger.ts';
import { optionMeaning, typedValue, typingSequence } from './queries.ts';
import type { Random } from './random.ts';

/**
 * Inputs for the commands of the registry, made from their definitions, so a command written
 * after the benchmark is timed as soon as it is registered.
 */

/** Runs per measurement: of each command, and keystrokes into autocompleted options in all. */
export const RUNS = 1000;

/**
 * The read-only commands timed besides `/ask`; a command not in the registry yet is reported as
 * missing. A command with subcommands is timed on the one named here.
 */
export const TIMED_COMMANDS: readonly { name: string; subcommand?: string }[] = [
  { name: 'quote' },
  { name: 'tariff' },
  { name: 'deadline', subcommand: 'list' },
];

export interface Dispatch {
  registry: readonly AnyCommand[];
  ctx: CommandContext;
  log: Logger;
}

export interface CommandInput {
  command: string;
  raw: RawOptions;
}

function isAutocompleted(option: APIApplicationCommandBasicOption): boolean {
  return 'autocomplete' in option && option.autocomplete === true;
}

type Suggest = (
  command: AnyCommand,
  subcommand: string | undefined,
  focused: FocusedOption,
  values: Record<string, string | number>,
) => Promise<AutocompleteChoice[]>;

/** The bot's own suggestions, asked once per typed text (the same texts come up again and again). */
function suggester(d: Dispatch): Suggest {
  const asked = new Map<string, AutocompleteChoice[]>();
  return async (command, subcommand, focused, values) => {
    const key = JSON.stringify([command.definition.name, subcommand, focused, values]);
    let choices = asked.get(key);
    if (!choices) {
      choices = await runAutocomplete(
        d.registry,
        command.definition.name,
        focused,
        { ...(subcommand ? { subcommand } : {}), values },
        d.ctx,
        d.log,
      );
      asked.set(key, choices);
    }
    return choices;
  };
}

/** Options a user would fill in for one run of a command: autocompleted ones picked from the bot's own suggestions. */
async function sampleOptions(
  command: AnyCommand,
  subcommand: string | undefined,
  random: Random,
  suggest: Suggest,
): Promise<RawOptions> {
  const values: Record<string, string | number> = {};
  for (const option of basicOptions(command.definition, subcommand)) {
    if (option.type === ApplicationCommandOptionType.Boolean || (!option.required && random.chance(0.5))) continue;
    if ('choices' in option && option.choices?.length) {
      values[option.name] = random.pick<{ value: string | number }>(option.choices).value;
    } else if (
      option.type === ApplicationCommandOptionType.Integer ||
      option.type === ApplicationCommandOptionType.Number
    ) {
      values[option.name] = ('min_value' in option ? option.min_value : undefined) ?? 1;
    } else if (isAutocompleted(option)) {
      const typed = typingSequence(optionMeaning(option.name), random).at(-1) ?? '';
      const suggestions = await suggest(command, subcommand, { name: option.name, value: typed }, values);
      values[option.name] = suggestions.length > 0 ? random.pick(suggestions).value : typed;
    } else {
      values[option.name] = typedValue(optionMeaning(option.name), random);
    }
  }
  return subcommand ? { subcommand, values } : { values };
}

/** `RUNS` runs of each timed command; a command that cannot be timed yet says why. */
export async function timedCommandInputs(
  d: Dispatch,
  random: Random,
): Promise<{ name: string; inputs: CommandInput[] | { missing: string } }[]> {
  const suggest = suggester(d);
  const timed: { name: string; inputs: CommandInput[] | { missing: string } }[] = [];
  for (const { name, subcommand } of TIMED_COMMANDS)
    timed.push(await timedInputs(d, random, suggest, name, subcommand));
  return timed;
}

async function timedInputs(
  d: Dispatch,
  random: Random,
  suggest: Suggest,
  name: string,
  subcommand: string | undefined,
): Promise<{ name: string; inputs: CommandInput[] | { missing: string } }> {
  const command = d.registry.find((c) => c.definition.name === name);
  if (!command) return { name, inputs: { missing: 'not in the registry yet' } };
  const subcommands = subcommandNames(command.definition);
  if (subcommands.length > 0 && (!subcommand || !subcommands.includes(subcommand))) {
    return { name, inputs: { missing: `say which subcommand to time (${subcommands.join(', ')})` } };
  }
  // One after another: the random draws stay in the same order on every run.
  const inputs: CommandInput[] = [];
  for (let i = 0; i < RUNS; i++)
    inputs.push({ command: name, raw: await sampleOptions(command, subcommand, random, suggest) });
  return { name, inputs };
}

/** One keystroke into an autocompleted option. */
export interface Keystroke extends CommandInput {
  focused: FocusedOption;
  /** `/command [subcommand] option`. */
  option: string;
}

/** At least `RUNS` keystrokes in all, spread over every autocompleted option of the registry in turn, as users would type them. */
export function autocompleteInputs(registry: readonly AnyCommand[], random: Random): Keystroke[] {
  const options = registry.flatMap((command) => {
    const subcommands = subcommandNames(command.definition);
    return (subcommands.length > 0 ? subcommands : [undefined]).flatMap((subcommand) =>
      basicOptions(command.definition, subcommand)
        .filter(isAutocompleted)
        .map((option) => ({
          command: command.definition.name,
          subcommand,
          name: option.name,
          label: `/${[command.definition.name, subcommand, option.name].filter(Boolean).join(' ')}`,
        })),
    );
  });
  const keystrokes: Keystroke[] = [];
  while (options.length > 0 && keystrokes.length < RUNS) {
    for (const { command, subcommand, name, label } of options) {
      for (const value of typingSequence(optionMeaning(name), random)) {
        keystrokes.push({
          option: label,
          command,
          focused: { name, value },
          raw: subcommand ? { subcommand, values: {} } : { values: {} },
        });
      }
    }
  }
  return keystrokes;
}
