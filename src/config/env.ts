import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/**
 * Every environment variable the bot reads, validated in one place. `.env.example` documents each;
 * keep the two in step. Empty values count as unset, so a copied `.env.example` is valid as it is.
 */
export const EnvSchema = z.object({
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
  /** SQLite file for server deadlines and reminders; its folder is created on first run. */
  DATABASE_PATH: z.string().default('./data/bot.db'),
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
});

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
