import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import fc from 'fast-check';
import type { AnyCommand, FocusedOption } from '../../src/dispatch/command.ts';
import { basicOptions, subcommandNames, type RawOptions } from '../../src/dispatch/options.ts';
import { noHints, type Hints } from './hints.ts';
import { anyNumber, hostileString, hostileWord, SNOWFLAKE } from './hostile.ts';

/**
 * Invocations of any command, read from its definition, so a command added to the registry is
 * fuzzed with no change here. Each is mostly plausible (values of the right type and length,
 * hinted values, often with hostile text in them) with a few options corrupted (any garbage, of
 * any type and length, or null), and sometimes options or a subcommand the command does not have:
 * one thing wrong at a time gets past validation into the handlers, which is where bugs hide.
 */

type Definition = AnyCommand['definition'];
type Option = APIApplicationCommandBasicOption;

const ids = fc.oneof(fc.constant(SNOWFLAKE), fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String));

/** A value of the option's own type that passes its declared limits, as Discord sends it or as console text. */
export function plausibleValue(option: Option, hints: string[]): fc.Arbitrary<unknown> {
  switch (option.type) {
    case ApplicationCommandOptionType.String: {
      const known = [...('choices' in option && option.choices ? option.choices.map((c) => c.value) : []), ...hints];
      const max = ('max_length' in option ? option.max_length : undefined) ?? 300;
      if (known.length === 0) return hostileString(max);
      const hint = fc.constantFrom(...known);
      const decorated = fc
        .tuple(hostileString(10), hint, hostileString(10))
        .map((parts) => parts.join(' ').slice(0, max));
      return fc.oneof(
        { weight: 3, arbitrary: hint },
        { weight: 2, arbitrary: decorated },
        { weight: 2, arbitrary: hostileString(max) },
      );
    }
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const integer = option.type === ApplicationCommandOptionType.Integer;
      const min = option.min_value ?? -1e6;
      const max = option.max_value ?? 1e6;
      const number = integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true });
      return fc.oneof(number, number.map(String));
    }
    case ApplicationCommandOptionType.Boolean:
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 'yes', 'off', '0', 'TRUE'));
    default: // users, channels, roles, mentionables, attachments: ids
      return ids;
  }
}

/** Anything at all where the option's value goes. */
export const wildValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString() },
  { weight: 1, arbitrary: anyNumber },
  { weight: 1, arbitrary: fc.oneof(anyNumber.map(String), fc.boolean(), fc.constant(null), ids) },
);

/** The (sub)command's options, plausible, required ones always given, others half the time; then up to two corrupted. */
function valuesOf(options: Option[], hints: (option: string) => string[]): fc.Arbitrary<Record<string, unknown>> {
  const base = fc.record(Object.fromEntries(options.map((o) => [o.name, plausibleValue(o, hints(o.name))])), {
    requiredKeys: options.filter((o) => o.required).map((o) => o.name),
  });
  const names = options.map((o) => o.name);
  const corrupted =
    names.length > 0
      ? fc.oneof(fc.constant({}), fc.dictionary(fc.constantFrom(...names), wildValue, { minKeys: 1, maxKeys: 2 }))
      : fc.constant({});
  return fc.tuple(base, corrupted).map(([b, c]) => ({ ...b, ...c }));
}

function withSubcommand(subcommand: string | undefined, values: Record<string, unknown>): RawOptions {
  return subcommand === undefined ? { values } : { subcommand, values };
}

/**
 * Raw options for an invocation of `definition` by its own names (a subcommand it has, options
 * it has: what Discord can send) with any values; `hints` are values it accepts (see `hints.ts`).
 */
export function rawOptionsOf(definition: Definition, hints: Hints = noHints): fc.Arbitrary<RawOptions> {
  const subs = subcommandNames(definition);
  const subcommand = subs.length > 0 ? fc.constantFrom(...subs) : fc.constant(undefined);
  return subcommand.chain((sub) =>
    valuesOf(basicOptions(definition, sub), (option) => hints(sub, option)).map((values) =>
      withSubcommand(sub, values),
    ),
  );
}

/** Raw options with names `definition` does not have: a stray subcommand or none, or options of any name (the console can send these). */
export function strayOptionsOf(definition: Definition): fc.Arbitrary<RawOptions> {
  const subs = subcommandNames(definition);
  const known = new Set(
    [...subs, ...subs.flatMap((s) => basicOptions(definition, s)), ...basicOptions(definition)].map((o) =>
      typeof o === 'string' ? o : o.name,
    ),
  );
  const stranger = fc.oneof(hostileWord(30), hostileWord(6000)).filter((name) => !known.has(name));
  const strayOption = fc
    .tuple(fc.constantFrom(undefined, ...subs), fc.dictionary(stranger, wildValue, { minKeys: 1, maxKeys: 2 }))
    .map(([sub, values]) => withSubcommand(sub, values));
  const straySubcommand = fc.oneof(fc.constant(undefined), stranger).map((sub) => withSubcommand(sub, {}));
  return subs.length > 0 ? fc.oneof(strayOption, straySubcommand) : strayOption;
}

/** An autocomplete request: the option being typed (one that autocompletes, any other, or a made-up one) and what is typed. */
export function autocompleteOf(
  definition: Definition,
  hints?: Hints,
): fc.Arbitrary<{ raw: RawOptions; focused: FocusedOption }> {
  return rawOptionsOf(definition, hints).chain((raw) => {
    const options = basicOptions(definition, raw.subcommand);
    const completing = options.filter((o) => 'autocomplete' in o && o.autocomplete).map((o) => o.name);
    const name = fc.oneof(
      ...[completing, options.map((o) => o.name)].filter((n) => n.length > 0).map((n) => fc.constantFrom(...n)),
      hostileWord(100),
    );
    return fc
      .record({ name, value: fc.oneof(hostileString(100), hostileString()) })
      .map((focused) => ({ raw, focused }));
  });
}

/** Console text for an invocation: `/name sub option:value …`, values quoted or not, garbage after. */
export function consoleLineOf(definition: Definition, hints?: Hints): fc.Arbitrary<string> {
  return rawOptionsOf(definition, hints).chain(({ subcommand, values }) => {
    const words = Object.entries(values).map(([name, value]) =>
      fc.constantFrom(
        `${name}:${String(value)}`,
        `${name}:"${String(value)}"`,
        `${name}:“${String(value)}”`,
        String(value),
      ),
    );
    const tail = fc.oneof(fc.constant(''), hostileString(200));
    return fc
      .tuple(fc.tuple(...words), tail, fc.constantFrom('/', '/', ' /', '/\u200b'))
      .map(([parts, rest, slash]) => [`${slash}${definition.name}`, subcommand ?? '', ...parts, rest].join(' '));
  });
}
