import type {
  ApplicationCommandOptionType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

/**
 * The options a handler receives, computed from its command's `as const` definition (after
 * yuudachi's `ArgsParam`): required options are non-optional, choices are unions of their values,
 * and a command with subcommands gets a union discriminated by `subcommand`. A misspelt option name
 * or an impossible choice value fails to compile.
 */
export type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

type OptionOf<D> = D extends { readonly options: readonly (infer O)[] } ? O : never;

type SubcommandOf<D> = Extract<OptionOf<D>, { readonly type: ApplicationCommandOptionType.Subcommand }>;

/** The names of a command's subcommands (`never` for a command without). */
export type SubcommandName<D> = SubcommandOf<D> extends { readonly name: infer N extends string } ? N : never;

/** What one option's value is once validated: ids for users, channels and roles. */
type ValueOf<O> = O extends { readonly choices: readonly { readonly value: infer V }[] }
  ? V
  : O extends { readonly type: ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number }
    ? number
    : O extends { readonly type: ApplicationCommandOptionType.Boolean }
      ? boolean
      : string;

type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The values of a flat option list: required ones present, the rest optional. */
type ValuesOf<O> = Flatten<
  {
    [
      P in Extract<O, { readonly required: true }> as P extends { readonly name: infer N extends string } ? N : never
    ]: ValueOf<P>;
  } & {
    [
      P in Exclude<O, { readonly required: true }> as P extends { readonly name: infer N extends string } ? N : never
    ]?: ValueOf<P>;
  }
>;

type SubcommandOptions<S> = Flatten<
  { subcommand: S extends { readonly name: infer N } ? N : never } & ValuesOf<OptionOf<S>>
>;

/** The handler's options for definition `D`. */
export type OptionsOf<D> = [SubcommandOf<D>] extends [never]
  ? ValuesOf<OptionOf<D>>
  : SubcommandOf<D> extends infer S
    ? S extends unknown
      ? SubcommandOptions<S>
      : never
    : never;

/** Every option name a command takes, over all its subcommands (what autocomplete may be asked for). */
export type OptionName<D> = [SubcommandOf<D>] extends [never]
  ? OptionOf<D> extends { readonly name: infer N extends string }
    ? N
    : never
  : OptionOf<SubcommandOf<D>> extends { readonly name: infer N extends string }
    ? N
    : never;

/** Options as the dispatcher hands them over at run time, whatever the command. */
export type ParsedOptions = { subcommand?: string } & Record<string, string | number | boolean | undefined>;
