import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/** `0-3`, `0,2,5`, `0-1,4`: shard ids, sorted, each once. */
function parseShardIds(value: string, ctx: z.RefinementCtx): number[] {
  const ids = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const range = /^(\d{1,4})(?:\s*-\s*(\d{1,4}))?$/.exec(part);
    const from = Number(range?.[1]);
    const to = Number(range?.[2] ?? range?.[1]);
    if (!range || to < from) {
      ctx.addIssue({ code: 'custom', message: 'must be shard ids and ranges, such as 0-3 or 0,2,5' });
      return z.NEVER;
    }
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** A host's share of the shards needs the total, fits in it, and is not also asked for every shard. */
function checkShardShare(
  env: { DISCORD_SHARDS?: unknown; DISCORD_SHARD_IDS?: number[]; DISCORD_SHARD_COUNT?: number },
  ctx: z.RefinementCtx,
): void {
  // Refinements run even when a field failed: only a well-formed value is checked against the other.
  const ids = Array.isArray(env.DISCORD_SHARD_IDS) ? env.DISCORD_SHARD_IDS : undefined;
  const count = env.DISCORD_SHARD_COUNT;
  const problem = (variable: string, message: string) => ctx.addIssue({ code: 'custom', path: [variable], message });
  if (ids && env.DISCORD_SHARDS !== undefined)
    problem(
      'DISCORD_SHARDS',
      "set either DISCORD_SHARDS (every shard on this host) or DISCORD_SHARD_IDS with DISCORD_SHARD_COUNT (this host's share), not both",
    );
  if (ids && count === undefined)
    problem(
      'DISCORD_SHARD_IDS',
      'needs DISCORD_SHARD_COUNT, the number of shards over all hosts (the same on every host)',
    );
  if (count !== undefined && !ids)
    problem(
      'DISCORD_SHARD_COUNT',
      'needs DISCORD_SHARD_IDS, the shards this host runs (e.g. 0-3); to run every shard here, set DISCORD_SHARDS instead',
    );
  if (ids && count !== undefined && count >= 1 && ids.some((id) => id >= count))
    problem(
      'DISCORD_SHARD_IDS',
      count === 1
        ? 'must be 0: DISCORD_SHARD_COUNT is 1'
        : `must be shards 0 to ${count - 1}: DISCORD_SHARD_COUNT is ${count}`,
    );
}

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/**
 * Every environment variable the bot reads, validated in one place. `.env.example` documents each;
 * keep the two in step. Empty values count as unset, so a copied `.env.example` is valid as it is.
 */
export const EnvSchema = z
  .object({
    /** Bot token: set → run on Discord; unset → the terminal console. Never logged or printed. */
    DISCORD_TOKEN: z
      .string()
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three dot-separated parts)')
      .optional(),
    DISCORD_APPLICATION_ID: snowflake.optional(),
    DISCORD_GUILD_ID: snowflake.optional(),
    DISCORD_API_URL: z.url('must be a URL such as https://discord.com/api').default('https://discord.com/api'),
    /** Set: `npm start` runs this many shards (`auto`: as many as Discord recommends), all in one process unless `DISCORD_SHARDS_PER_PROCESS`. */
    DISCORD_SHARDS: z
      .string()
      .regex(/^(auto|[1-9]\d{0,3})$/, 'must be a number of shards (1 to 9999) or auto')
      .transform((value) => (value === 'auto' ? ('auto' as const) : Number(value)))
      .optional(),
    /** This host's share of the shards, with `DISCORD_SHARD_COUNT` (the total over all hosts): ids and ranges, `0-3` or `0,2,5`. */
    DISCORD_SHARD_IDS: z.string().transform(parseShardIds).optional(),
    /** The number of shards over all hosts, the same on every host; with `DISCORD_SHARD_IDS`. */
    DISCORD_SHARD_COUNT: z.coerce
      .number()
      .int('must be a whole number of shards')
      .min(1, 'must be at least 1')
      .max(9999, 'must be at most 9999')
      .optional(),
    /** `1`: with `DISCORD_SHARDS`, one process per shard (discord.js ShardingManager); unset: every shard in this one process. */
    DISCORD_SHARDS_PER_PROCESS: z
      .literal('1', 'must be 1 (a process per shard) or unset (every shard in one process)')
      .transform(() => 1 as const)
      .optional(),
    /** Discord user ids, comma-separated, allowed to run the commands declared `ownerOnly`. */
    BOT_OWNER_IDS: z
      .string()
      .transform((value) => value.split(/[\s,]+/).filter(Boolean))
      .pipe(z.array(snowflake))
      .default([]),
    /** Seconds a user waits between commands or mentions (0 = no cooldown). */
    COOLDOWN_SECONDS: z.coerce.number().min(0, 'must be 0 or more').max(3600, 'must be at most 3600').default(3),
    CORPUS_DIR: z.string().default('corpus'),
    /** Where the built index and extracted data are cached between starts. */
    CACHE_DIR: z.string().default('./data/cache'),
    /** Unset: `info` on Discord, `warn` in the console (whose stderr is the user's terminal). */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    /** SQLite file for server deadlines and reminders (without DATABASE_URL); its folder is created on first run. */
    DATABASE_PATH: z.string().default('./data/bot.db'),
    /** PostgreSQL instead of SQLite: what several hosts share (README, Scaling). */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (unset: SQLite at DATABASE_PATH)')
      .optional(),
    /** How often due reminders are looked for, in seconds. */
    REMINDER_POLL_SECONDS: z.coerce
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(3600, 'must be at most 3600')
      .default(30),
    /** Who site owners can write to about the bot's fetching (an e-mail address or a URL); sent in the User-Agent. */
    FETCH_CONTACT: z.string().max(200, 'must be at most 200 characters').optional(),
    /** Comma-separated host names or addresses fetched even though they are private or loopback (tests, intranets). */
    FETCH_ALLOW_HOSTS: z.string().optional(),
    /** Seconds a fetch (redirects included) may take. */
    FETCH_TIMEOUT_SECONDS: z.coerce.number().min(1, 'must be at least 1').max(300, 'must be at most 300').default(20),
    /** Minutes between two polls of the feeds in `corpus/feeds.yaml` by the running bot (0: no polling). */
    FEED_POLL_MINUTES: z.coerce.number().min(0, 'must be 0 or more').max(1440, 'must be at most 1440').default(15),
  })
  .superRefine(checkShardShare);

export type Config = z.infer<typeof EnvSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Validates an environment; problems name the variable and what is wrong, never its value. */
export function parseConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const present = Object.fromEntries(
    Object.entries(env)
      .filter(([, v]) => v !== undefined && v.trim() !== '')
      .map(([k, v]) => [k, v?.trim()]),
  );
  const parsed = EnvSchema.safeParse(present);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

/** Reads `.env` (if any) into the environment, then validates it. */
export function loadConfig(): ConfigResult {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}

export function formatConfigProblems(problems: string[]): string {
  return `The configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} (see .env.example):\n${problems.map((p) => `- ${p}`).join('\n')}`;
}

/** The validated configuration; on problems they are printed to stderr and undefined is returned (the caller exits 1). */
export function loadConfigOrReport(): Config | undefined {
  const result = loadConfig();
  if (result.ok) return result.config;
  console.error(formatConfigProblems(result.problems));
  return undefined;
}
