import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O & typeof HELP; allowPositionals: true }>>;

/**
 * The options of an npm script's command line, or the exit code when there is nothing to run: `--help`
 * prints the usage on stdout (0); an unknown or malformed option prints why and the usage on stderr
 * (`usageError`, 1 unless the script says otherwise). Never a stack trace for a typing slip.
 */
export function commandLine<const O extends Options>(
  usage: string,
  options: O,
  { positionals = false, usageError = 1 }: { positionals?: boolean; usageError?: number } = {},
): Parsed<O> | { exitCode: number } {
  try {
    const parsed = parseArgs({ options: { ...options, ...HELP }, allowPositionals: true });
    if ((parsed.values as { help?: boolean }).help) {
      process.stdout.write(`${usage}\n`);
      return { exitCode: 0 };
    }
    if (!positionals && parsed.positionals.length > 0)
      return usageFailure(`unexpected argument “${parsed.positionals[0]}”`, usage, usageError);
    return parsed as Parsed<O>;
  } catch (error) {
    return usageFailure((error as Error).message, usage, usageError);
  }
}

function usageFailure(why: string, usage: string, exitCode: number): { exitCode: number } {
  process.stderr.write(`${why}\n${usage}\n`);
  return { exitCode };
}
