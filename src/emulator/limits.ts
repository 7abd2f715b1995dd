import type { Json } from './http.ts';

/**
 * Discord's message limits, checked the way Discord does: a violation is a 400 Invalid Form Body
 * (code 50035) naming the field, so a bot that overflows fails in tests as it would in production.
 */

export interface Violation {
  path: string;
  message: string;
}

const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  rows: 5,
  rowItems: 5,
  customId: 100,
  label: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
};

const MENTION_TYPES = ['users', 'roles', 'everyone'];

function tooLong(violations: Violation[], path: string, value: unknown, max: number, required = false): number {
  if (value === undefined || value === null) {
    if (required) violations.push({ path, message: 'This field is required' });
    return 0;
  }
  const text = String(value);
  if (text.length > max) violations.push({ path, message: `Must be ${max} or fewer in length.` });
  if (required && text.trim() === '') violations.push({ path, message: 'This field is required' });
  return text.length;
}

function checkEmbeds(embeds: Json[], violations: Violation[]): void {
  if (embeds.length > LIMITS.embeds)
    violations.push({ path: 'embeds', message: `Must be ${LIMITS.embeds} or fewer in length.` });
  let total = 0;
  embeds.forEach((embed, i) => {
    const at = `embeds.${i}`;
    total += tooLong(violations, `${at}.title`, embed.title, LIMITS.title);
    total += tooLong(violations, `${at}.description`, embed.description, LIMITS.description);
    total += tooLong(violations, `${at}.footer.text`, embed.footer?.text, LIMITS.footer, embed.footer !== undefined);
    total += tooLong(violations, `${at}.author.name`, embed.author?.name, LIMITS.author, embed.author !== undefined);
    if (embed.url !== undefined && !/^https?:\/\/\S+$/.test(String(embed.url)))
      violations.push({ path: `${at}.url`, message: 'Not a well formed URL.' });
    const fields: Json[] = embed.fields ?? [];
    if (fields.length > LIMITS.fields)
      violations.push({ path: `${at}.fields`, message: `Must be ${LIMITS.fields} or fewer in length.` });
    fields.forEach((field, j) => {
      total += tooLong(violations, `${at}.fields.${j}.name`, field.name, LIMITS.fieldName, true);
      total += tooLong(violations, `${at}.fields.${j}.value`, field.value, LIMITS.fieldValue, true);
    });
  });
  if (total > LIMITS.embedTotal)
    violations.push({ path: 'embeds', message: `Embed size exceeds maximum size of ${LIMITS.embedTotal}` });
}

function checkComponents(rows: Json[], violations: Violation[]): void {
  if (rows.length > LIMITS.rows)
    violations.push({ path: 'components', message: `Must be ${LIMITS.rows} or fewer in length.` });
  rows.forEach((row, i) => {
    const items: Json[] = row.components ?? [];
    if (items.length === 0 || items.length > LIMITS.rowItems)
      violations.push({
        path: `components.${i}.components`,
        message: `Must be between 1 and ${LIMITS.rowItems} in length.`,
      });
    items.forEach((item, j) => {
      const at = `components.${i}.components.${j}`;
      tooLong(violations, `${at}.label`, item.label, LIMITS.label);
      const isLink = item.style === 5;
      if (isLink ? !item.url : !item.custom_id)
        violations.push({ path: at, message: isLink ? 'A link button needs a url.' : 'A button needs a custom_id.' });
      tooLong(violations, `${at}.custom_id`, item.custom_id, LIMITS.customId);
    });
  });
}

/** Problems with a message create/edit body. `partial` for edits, where an empty body is fine. */
export function checkMessage(body: Json, options: { partial?: boolean } = {}): Violation[] {
  const violations: Violation[] = [];
  if (!body || typeof body !== 'object') return [{ path: '', message: 'Expected an object' }];
  tooLong(violations, 'content', body.content, LIMITS.content);
  if (body.embeds) checkEmbeds(body.embeds, violations);
  if (body.components) checkComponents(body.components, violations);
  for (const kind of body.allowed_mentions?.parse ?? []) {
    if (!MENTION_TYPES.includes(kind))
      violations.push({ path: 'allowed_mentions.parse', message: `Value "${kind}" is not a valid enum value.` });
  }
  const empty =
    !body.content &&
    !body.embeds?.length &&
    !body.components?.length &&
    !body.attachments?.length &&
    !body.sticker_ids?.length;
  if (!options.partial && empty) violations.push({ path: '', message: 'Cannot send an empty message' });
  return violations;
}

export function checkChoices(choices: Json[] | undefined): Violation[] {
  const violations: Violation[] = [];
  if (!Array.isArray(choices)) return [{ path: 'data.choices', message: 'This field is required' }];
  if (choices.length > LIMITS.choices)
    violations.push({ path: 'data.choices', message: `Must be ${LIMITS.choices} or fewer in length.` });
  choices.forEach((choice, i) => {
    tooLong(violations, `data.choices.${i}.name`, choice.name, LIMITS.choiceName, true);
    if (typeof choice.value === 'string')
      tooLong(violations, `data.choices.${i}.value`, choice.value, LIMITS.choiceValue);
  });
  return violations;
}

/** The 400 body Discord sends: errors nested by path, each leaf with `_errors`. */
export function invalidFormBody(violations: Violation[]): {
  code: number;
  message: string;
  errors: Record<string, unknown>;
} {
  if (violations.some((v) => v.message === 'Cannot send an empty message') && violations.length === 1) {
    return { code: 50006, message: 'Cannot send an empty message', errors: {} };
  }
  const errors: Record<string, Json> = {};
  for (const { path, message } of violations) {
    let node = errors;
    for (const key of path.split('.').filter(Boolean)) node = node[key] ??= {};
    (node._errors ??= []).push({ code: 'BASE_TYPE_INVALID', message });
  }
  return { code: 50035, message: 'Invalid Form Body', errors };
}
