import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { ParsedOptions } from './option-types.ts';
import { echo } from '../render/echo.ts';
import { cleanText } from '../text/clean-text.ts';

/** Options as a transport delivers them: strings from the console, typed values from Discord. */
export interface RawOptions {
  subcommand?: string;
  values: Record<string, unknown>;
}

export type OptionsResult = { ok: true; options: ParsedOptions } | { ok: false; error: string };

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

function isSubcommand(option: APIApplicationCommandOption): boolean {
  return option.type === ApplicationCommandOptionType.Subcommand;
}

/** The options a (sub)command takes. */
export function basicOptions(definition: Definition, subcommand?: string): APIApplicationCommandBasicOption[] {
  const options = definition.options ?? [];
  if (!subcommand) return options.filter((o) => !isSubcommand(o)) as APIApplicationCommandBasicOption[];
  const sub = options.find((o) => isSubcommand(o) && o.name === subcommand);
  return sub && 'options' in sub ? ((sub.options ?? []) as APIApplicationCommandBasicOption[]) : [];
}

export function subcommandNames(definition: Definition): string[] {
  return (definition.options ?? []).filter(isSubcommand).map((o) => o.name);
}

function placeholder(option: APIApplicationCommandBasicOption): string {
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean:
      return 'true|false';
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return option.choices ? option.choices.map((c) => c.value).join('|') : 'number';
    case ApplicationCommandOptionType.Channel:
      return 'channel';
    default:
      return 'choices' in option && option.choices ? option.choices.map((c) => c.value).join('|') : 'text';
  }
}

/** `/ask question:<text> [hide:<true|false>]` for a command or one of its subcommands. */
export function usageLine(definition: Definition, subcommand?: string): string {
  return [
    subcommand ? `/${definition.name} ${subcommand}` : `/${definition.name}`,
    ...basicOptions(definition, subcommand).map((o) =>
      o.required ? `${o.name}:<${placeholder(o)}>` : `[${o.name}:<${placeholder(o)}>]`,
    ),
  ].join(' ');
}

/** The usage of a command, one line per subcommand. */
export function usage(definition: Definition): string {
  const subs = subcommandNames(definition);
  if (subs.length === 0) return usageLine(definition);
  return subs.map((s) => usageLine(definition, s)).join('\n');
}

function coerce(
  option: APIApplicationCommandBasicOption,
  raw: unknown,
): { value?: string | number | boolean; error?: string } {
  const name = `\`${option.name}\``;
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean: {
      if (typeof raw === 'boolean') return { value: raw };
      const text = String(raw).trim().toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(text)) return { value: true };
      if (['false', 'no', 'off', '0'].includes(text)) return { value: false };
      return { error: `${name} must be true or false.` };
    }
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
      const integer = option.type === ApplicationCommandOptionType.Integer;
      if (!Number.isFinite(value) || (integer && !Number.isInteger(value)))
        return { error: `${name} must be ${integer ? 'a whole number' : 'a number'}.` };
      if (option.min_value !== undefined && value < option.min_value)
        return { error: `${name} must be at least ${option.min_value}.` };
      if (option.max_value !== undefined && value > option.max_value)
        return { error: `${name} must be at most ${option.max_value}.` };
      if (option.choices && !option.choices.some((c) => c.value === value))
        return { error: `${name} must be one of: ${option.choices.map((c) => c.value).join(', ')}.` };
      return { value };
    }
    default: {
      const text = typeof raw === 'string' ? raw : String(raw);
      const max = 'max_length' in option ? option.max_length : undefined;
      // Length is judged on what was sent, so padding with invisible characters cannot sneak past it.
      if (max !== undefined && text.length > max)
        return { error: `${name} is too long: ${text.length} characters, at most ${max}.` };
      const value = cleanText(text);
      if (value === '') return {};
      if ('choices' in option && option.choices && !option.choices.some((c) => c.value === value)) {
        return { error: `${name} must be one of: ${option.choices.map((c) => c.value).join(', ')}.` };
      }
      return { value };
    }
  }
}

/** Validates raw options against the definition: unknown names, required ones, types, lengths, choices. */
export function parseOptions(definition: Definition, raw: RawOptions): OptionsResult {
  const subs = subcommandNames(definition);
  const fail = (error: string): OptionsResult => ({
    ok: false,
    error: `${error}\nUsage: ${usage(definition).replace(/\n/g, '\n       ')}`,
  });
  if (subs.length > 0 && (!raw.subcommand || !subs.includes(raw.subcommand))) {
    return fail(
      raw.subcommand
        ? `Unknown subcommand “${echo(raw.subcommand, 40)}” for /${definition.name}.`
        : `/${definition.name} needs a subcommand: ${subs.join(', ')}.`,
    );
  }
  const subcommand = subs.length > 0 ? raw.subcommand : undefined;
  const known = basicOptions(definition, subcommand);
  const values: Record<string, string | number | boolean> = {};
  for (const name of Object.keys(raw.values)) {
    if (!known.some((o) => o.name === name)) return fail(`Unknown option “${echo(name, 40)}” for /${definition.name}.`);
  }
  for (const option of known) {
    const given = raw.values[option.name];
    if (given !== undefined && given !== null) {
      const { value, error } = coerce(option, given);
      if (error) return fail(error);
      if (value !== undefined) values[option.name] = value;
    }
    if (option.required && values[option.name] === undefined) return fail(`Missing \`${option.name}\`.`);
  }
  return { ok: true, options: subcommand ? { ...values, subcommand } : values };
}
