import { ApplicationCommandType } from 'discord-api-types/v10';
import type { APIApplicationCommand } from 'discord-api-types/v10';
import { apiError, json, type Router, type Json } from '../http.ts';
import type { Violation } from '../limits.ts';
import { userPayload } from '../payloads.ts';
import { snowflake } from '../snowflake.ts';
import { ERRORS, type RouteContext } from './context.ts';

/** Gateway discovery, the bot's own user and application, and command registration. */

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function checkOptions(options: Json[] | undefined, path: string, violations: Violation[]): void {
  if (!options) return;
  if (options.length > 25) violations.push({ path, message: 'Must be 25 or fewer in length.' });
  let optionalSeen = false;
  options.forEach((option, i) => {
    const at = `${path}.${i}`;
    if (!NAME.test(option.name ?? '') || option.name !== option.name.toLowerCase())
      violations.push({ path: `${at}.name`, message: 'Invalid name' });
    if (!option.description || option.description.length > 100)
      violations.push({ path: `${at}.description`, message: 'Must be between 1 and 100 in length.' });
    if ((option.choices?.length ?? 0) > 25)
      violations.push({ path: `${at}.choices`, message: 'Must be 25 or fewer in length.' });
    if (option.choices && option.autocomplete)
      violations.push({ path: `${at}.autocomplete`, message: 'Autocomplete cannot be set with choices' });
    if (option.type === 1 || option.type === 2) return checkOptions(option.options, `${at}.options`, violations);
    if (option.required && optionalSeen)
      violations.push({ path: at, message: 'Required options must be placed before non-required options' });
    if (!option.required) optionalSeen = true;
  });
}

function checkCommands(body: unknown): Violation[] {
  if (!Array.isArray(body)) return [{ path: '', message: 'Expected an array' }];
  const violations: Violation[] = [];
  if (body.length > 100) violations.push({ path: '', message: 'Must be 100 or fewer in length.' });
  const names = new Set<string>();
  body.forEach((command: Json, i) => {
    const chatInput = (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
    if (!NAME.test(command.name ?? '') || (chatInput && command.name !== command.name.toLowerCase()))
      violations.push({ path: `${i}.name`, message: 'Invalid name' });
    if (names.has(command.name))
      violations.push({ path: `${i}.name`, message: 'Application command names must be unique' });
    names.add(command.name);
    if (chatInput && (!command.description || command.description.length > 100))
      violations.push({ path: `${i}.description`, message: 'Must be between 1 and 100 in length.' });
    checkOptions(command.options, `${i}.options`, violations);
  });
  return violations;
}

/** Replaces a command list as Discord's bulk overwrite does, keeping the ids of commands that stay. */
function overwrite(
  ctx: RouteContext,
  current: APIApplicationCommand[],
  body: Json[],
  guildId?: string,
): APIApplicationCommand[] {
  const next = body.map((command) => ({
    ...command,
    id: current.find((c) => c.name === command.name)?.id ?? snowflake(),
    application_id: ctx.world.applicationId,
    version: snowflake(),
    type: command.type ?? ApplicationCommandType.ChatInput,
    default_member_permissions: command.default_member_permissions ?? null,
    nsfw: command.nsfw ?? false,
    ...(guildId ? { guild_id: guildId } : {}),
  })) as APIApplicationCommand[];
  current.splice(0, current.length, ...next);
  return next;
}

export function applicationRoutes(router: Router, ctx: RouteContext): void {
  const { world } = ctx;
  const ownApp = (appId: string | undefined) => appId === world.applicationId || appId === '@me';

  router
    .add('GET', '/gateway', () => json({ url: ctx.gatewayUrl() }))
    .add('GET', '/gateway/bot', () =>
      json({
        url: ctx.gatewayUrl(),
        shards: ctx.settings.shards,
        session_start_limit: {
          total: 1000,
          remaining: 1000,
          reset_after: 86_400_000,
          max_concurrency: ctx.settings.maxConcurrency,
        },
      }),
    )
    .add('GET', '/users/@me', () => json({ ...userPayload(world.bot), verified: true, mfa_enabled: false, flags: 0 }))
    .add('GET', '/applications/@me', () =>
      json({
        id: world.applicationId,
        name: world.bot.username,
        description: '',
        icon: null,
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: '0'.repeat(64),
        flags: 0,
        team: null,
        bot: userPayload(world.bot),
      }),
    );

  for (const scope of ['/applications/:appId/commands', '/applications/:appId/guilds/:guildId/commands']) {
    const listOf = (guildId: string | undefined) => {
      if (!guildId) return world.globalCommands;
      if (!world.guilds.has(guildId)) return undefined;
      if (!world.guildCommands.has(guildId)) world.guildCommands.set(guildId, []);
      return world.guildCommands.get(guildId);
    };
    router
      .add('GET', scope, ({ params }) => {
        if (!ownApp(params.appId))
          return apiError(403, 20012, 'You are not authorized to perform this action on this application');
        const list = listOf(params.guildId);
        return list ? json(list) : ERRORS.missingAccess();
      })
      .add('PUT', scope, ({ params, body }) => {
        if (!ownApp(params.appId))
          return apiError(403, 20012, 'You are not authorized to perform this action on this application');
        const list = listOf(params.guildId);
        if (!list) return ERRORS.missingAccess();
        const violations = checkCommands(body);
        return violations.length ? ERRORS.invalid(violations) : json(overwrite(ctx, list, body, params.guildId));
      });
  }
}
