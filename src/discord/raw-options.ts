import { ApplicationCommandOptionType, type CommandInteractionOption } from 'discord.js';
import type { FocusedOption } from '../dispatch/command.ts';
import type { RawOptions } from '../dispatch/options.ts';

/** Discord's option tree as the dispatcher's transport-neutral `RawOptions` (ids for users, channels, roles). */
export function rawOptions(data: readonly CommandInteractionOption[]): RawOptions {
  const [first] = data;
  if (first?.type === ApplicationCommandOptionType.Subcommand)
    return { subcommand: first.name, values: valuesOf(first.options ?? []) };
  return { values: valuesOf(data) };
}

function valuesOf(options: readonly CommandInteractionOption[]): Record<string, unknown> {
  return Object.fromEntries(options.filter((o) => o.value !== undefined).map((o) => [o.name, o.value]));
}

/** The option being typed in an autocomplete interaction. */
export function focusedOption(data: readonly CommandInteractionOption[]): FocusedOption | undefined {
  const [first] = data;
  const options = first?.type === ApplicationCommandOptionType.Subcommand ? (first.options ?? []) : data;
  const focused = options.find((o) => o.focused);
  return focused ? { name: focused.name, value: String(focused.value ?? '') } : undefined;
}
