/**
 * `npm run deploy-commands`: registers the registry's definitions with Discord, to
 * `DISCORD_GUILD_ID` when set (instant, for a test server), else globally (may take up to an hour
 * to show). A separate step, not done on every start: the definitions change only with the code.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes, type APIApplication, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { commands } from '../../commands/index.ts';
import type { AnyCommand } from '../dispatch/command.ts';
import { formatConfigProblems, loadConfig, type Config } from '../config/env.ts';
import { createLogger, type Logger } from '../log/logger.ts';

export interface DeployOptions {
  config: Pick<Config, 'DISCORD_API_URL' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID'>;
  token: string;
  registry: readonly AnyCommand[];
  log: Logger;
}

/** PUTs every definition (a bulk overwrite: commands no longer in the registry disappear); returns what Discord registered. */
export async function deployCommands({
  config,
  token,
  registry,
  log,
}: DeployOptions): Promise<RESTPutAPIApplicationCommandsResult> {
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(token);
  const applicationId =
    config.DISCORD_APPLICATION_ID ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const guildId = config.DISCORD_GUILD_ID;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, {
    body: registry.map((c) => c.definition),
  })) as RESTPutAPIApplicationCommandsResult;
  log.info(
    { scope: guildId ? `guild ${guildId}` : 'global', commands: registered.map((c) => c.name) },
    `registered ${registered.length} commands`,
  );
  return registered;
}

async function main(): Promise<number> {
  const result = loadConfig();
  if (!result.ok) {
    console.error(formatConfigProblems(result.problems));
    return 1;
  }
  const { config } = result;
  if (!config.DISCORD_TOKEN) {
    console.error(
      'DISCORD_TOKEN is not set: deploy-commands needs the bot token (see .env.example and the README, "Run it on Discord").',
    );
    return 1;
  }
  const log = createLogger(config.LOG_LEVEL);
  try {
    await deployCommands({ config, token: config.DISCORD_TOKEN, registry: commands, log });
    return 0;
  } catch (error) {
    log.error({ err: error }, 'could not register the commands');
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
