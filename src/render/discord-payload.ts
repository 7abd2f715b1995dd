import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import { cutText, DISCORD_LIMITS as L } from './limits.ts';
import type { Reply, ReplyEmbed } from './reply.ts';

/**
 * A message as discord.js takes it (`interaction.reply`, `channel.send`), built from plain API
 * objects so that domain code needs no discord.js. Mentions are never parsed: no reply can ping.
 */
export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
}

/** The embed colour of answers; errors carry no embed. */
const ACCENT = 0x2b6cb0;

function embedOf(embed: ReplyEmbed): APIEmbed {
  const out: APIEmbed = { color: ACCENT };
  if (embed.title) out.title = cutText(embed.title, L.embedTitle);
  if (embed.url && /^https?:\/\//.test(embed.url)) out.url = embed.url;
  if (embed.description) out.description = cutText(embed.description, L.embedDescription);
  if (embed.fields?.length) {
    out.fields = embed.fields.slice(0, L.embedFields).map((f) => ({
      name: cutText(f.name, L.fieldName) || '\u200b',
      value: cutText(f.value, L.fieldValue) || '\u200b',
      ...(f.inline ? { inline: true } : {}),
    }));
  }
  if (embed.footer) out.footer = { text: cutText(embed.footer, L.footer) };
  return out;
}

function embedLength(embed: APIEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Keeps all embeds of a message within Discord's 6,000-character total by shortening the longest texts. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  let total = embeds.reduce((n, e) => n + embedLength(e), 0);
  while (total > L.embedTotal) {
    const longest = embeds.flatMap((e) => [
      ...(e.description ? [{ get: () => e.description ?? '', set: (v: string) => (e.description = v) }] : []),
      ...(e.fields ?? []).map((f) => ({ get: () => f.value, set: (v: string) => (f.value = v) })),
    ]).sort((a, b) => b.get().length - a.get().length)[0];
    if (!longest) break;
    const text = longest.get();
    const shorter = cutText(text, Math.max(1, Math.floor(text.length - (total - L.embedTotal) - 1)));
    if (shorter.length >= text.length) break;
    longest.set(shorter);
    total -= text.length - shorter.length;
  }
  return embeds;
}

function buttonsOf(reply: Reply): APIActionRowComponent<APIButtonComponent>[] {
  const buttons = (reply.buttons ?? []).slice(0, L.buttonsPerRow);
  if (buttons.length === 0) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: buttons.map((b) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: b.customId.slice(0, L.customId),
        label: cutText(b.label, L.buttonLabel),
        disabled: b.disabled ?? false,
      })),
    },
  ];
}

/** The one place Discord's limits are enforced: every reply goes out through here. */
export function toDiscordPayload(reply: Reply): DiscordPayload {
  const embeds = fitTotal((reply.embeds ?? []).slice(0, L.embedsPerMessage).map(embedOf));
  const content = reply.content ? cutText(reply.content, L.content) : undefined;
  return {
    ...(content ? { content } : {}),
    embeds,
    components: buttonsOf(reply),
    allowedMentions: { parse: [] },
    ...(reply.ephemeral || !reply.ok ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
