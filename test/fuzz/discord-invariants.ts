import { checkChoices, checkMessage } from '../../src/emulator/limits.ts';

/**
 * What every message the bot sends must satisfy, whatever it was asked: Discord accepts it (the
 * emulator's field-by-field limits), it cannot ping anyone, and it is well-formed JSON text.
 * Takes either shape: a `toDiscordPayload` result (`allowedMentions`) or a REST body as the
 * emulator records it (`allowed_mentions`). Emulator tests: `assertWithinDiscordLimits(message)`
 * for each of `sentMessages(t.emu.requests)`.
 */

/** An unpaired UTF-16 surrogate: Discord rejects or mangles it, and it is not valid UTF-8 on the wire. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems that would stop the value being sent as JSON text, each with its path. */
export function jsonViolations(value: unknown, path = ''): string[] {
  const at = path || '(root)';
  switch (typeof value) {
    case 'string':
      return LONE_SURROGATE.test(value) ? [`${at}: lone surrogate in ${JSON.stringify(value.slice(0, 60))}`] : [];
    case 'number':
      return Number.isFinite(value) ? [] : [`${at}: ${value} is not a JSON number`];
    case 'boolean':
      return [];
    case 'object':
      if (value === null) return [];
      if (Array.isArray(value))
        return value.flatMap((v, i) =>
          v === undefined ? [`${path}.${i}: undefined in an array`] : jsonViolations(v, `${path}.${i}`),
        );
      return Object.entries(value).flatMap(([k, v]) => [
        ...(LONE_SURROGATE.test(k) ? [`${at}: lone surrogate in key ${JSON.stringify(k)}`] : []),
        ...(v === undefined ? [] : jsonViolations(v, path ? `${path}.${k}` : k)),
      ]);
    default:
      return [`${at}: a ${typeof value} is not JSON`];
  }
}

/** Problems with who the message could ping: `parse` must be empty, no user or role listed, no reply ping. */
export function mentionViolations(allowed: unknown): string[] {
  if (!isObject(allowed)) return ['allowed mentions missing: Discord would parse every mention in the text'];
  const problems: string[] = [];
  if (!Array.isArray(allowed.parse) || allowed.parse.length > 0)
    problems.push(`allowed mentions parse ${JSON.stringify(allowed.parse)}, expected []`);
  for (const list of ['users', 'roles']) {
    const ids = allowed[list];
    if (ids !== undefined && (!Array.isArray(ids) || ids.length > 0))
      problems.push(`allowed mentions ${list} ${JSON.stringify(ids)}, expected none`);
  }
  if (allowed.repliedUser === true || allowed.replied_user === true) problems.push('the reply pings the author');
  return problems;
}

/** Every problem with a message body (an empty list when Discord takes it and it pings no one). */
export function discordViolations(payload: unknown, options: { partial?: boolean } = {}): string[] {
  if (!isObject(payload)) return ['not an object'];
  const { allowedMentions, ...rest } = payload;
  const body = allowedMentions === undefined ? rest : { ...rest, allowed_mentions: allowedMentions };
  return [
    ...checkMessage(body, options).map((v) => `${v.path || '(message)'}: ${v.message}`),
    ...mentionViolations(body.allowed_mentions),
    ...jsonViolations(payload),
  ];
}

function fail(what: string, problems: string[], value: unknown): void {
  if (problems.length === 0) return;
  const shown = JSON.stringify(value)?.slice(0, 600);
  throw new Error(`${what} breaks Discord's rules:\n- ${problems.join('\n- ')}\n${shown}`);
}

/** Throws, listing every problem, unless `payload` is a message Discord accepts and that pings no one. */
export function assertWithinDiscordLimits(payload: unknown, options: { partial?: boolean } = {}): void {
  fail('message', discordViolations(payload, options), payload);
}

/** Autocomplete choices: at most 25, names 1 to 100 characters, values at most 100, well-formed text. */
export function choicesViolations(choices: unknown): string[] {
  const problems = checkChoices(choices as unknown[]).map((v) => `${v.path}: ${v.message}`);
  if (Array.isArray(choices)) {
    choices.forEach((c: unknown, i) => {
      if (!isObject(c) || typeof c.value !== 'string' || c.value.length === 0)
        problems.push(`data.choices.${i}.value: must be a non-empty string`);
    });
  }
  return [...problems, ...jsonViolations(choices)];
}

export function assertChoicesWithinLimits(choices: unknown): void {
  fail('autocomplete', choicesViolations(choices), choices);
}
