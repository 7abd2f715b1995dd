import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord-api-types/v10';
import { cutText, DISCORD_LIMITS as L, sliceWhole } from './limits.ts';
import type { Reply, ReplyEmbed, ReplyFile } from './reply.ts';

/**
 * A message as discord.js takes it (`interaction.reply`, `channel.send`), built from plain API
 * objects so that domain code needs no discord.js. Mentions are never parsed: no reply can ping.
 */
export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  /** Uploaded as a multipart body; an embed shows one as `attachment://<name>`. */
  files?: DiscordFile[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
}

/** A file as discord.js takes it (its `AttachmentPayload`). */
export interface DiscordFile {
  attachment: Buffer;
  name: string;
  description?: string;
}

/** The embed colour of answers; errors carry no embed. */
const ACCENT = 0x2b6cb0;

/** Discord's accepted stand-in for an empty field name or value (a zero-width space). */
const BLANK = '\u200b';

/** What is left of the 6,000 characters all embeds of one message may hold together. */
class Budget {
  constructor(private left: number) {}
  /** `text` cut to its own limit and to what is left; empty when nothing is left. */
  take(text: string, limit: number): string {
    const room = Math.min(limit, this.left);
    // Discord refuses blank text where it wants some ("This field is required"): blank is absent.
    if (room < 8 || text.trim() === '') return '';
    const out = cutText(text, room);
    this.left -= out.length;
    return out;
  }
  /** Counts `text`, which goes out as it is, against what is left. */
  spend(text: string): string {
    this.left -= text.length;
    return text;
  }
}

/** One embed within its limits and the message's budget; fields that no longer fit are left out. */
function embedOf(embed: ReplyEmbed, budget: Budget, files: readonly DiscordFile[]): APIEmbed | null {
  const out: APIEmbed = { color: ACCENT };
  if (embed.title) out.title = budget.take(embed.title, L.embedTitle) || undefined;
  if (embed.url && /^https?:\/\//.test(embed.url)) out.url = embed.url;
  if (embed.description) out.description = budget.take(embed.description, L.embedDescription) || undefined;
  const fields = [];
  for (const f of (embed.fields ?? []).slice(0, L.embedFields)) {
    const name = budget.take(f.name, L.fieldName);
    const value = budget.take(f.value, L.fieldValue);
    if (!name && !value) continue;
    fields.push({
      name: name || budget.spend(BLANK),
      value: value || budget.spend(BLANK),
      ...(f.inline ? { inline: true } : {}),
    });
  }
  if (fields.length > 0) out.fields = fields;
  const footer = embed.footer ? budget.take(embed.footer, L.footer) : '';
  if (footer) out.footer = { text: footer };
  if (embed.image && files.some((f) => f.name === embed.image)) out.image = { url: `attachment://${embed.image}` };
  return out.title || out.description || out.fields || out.image ? out : null;
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
        custom_id: sliceWhole(b.customId, L.customId),
        label: cutText(b.label, L.buttonLabel),
        disabled: b.disabled ?? false,
      })),
    },
  ];
}

/** The files Discord takes: within the size and count limits, alt text cut to its limit. */
function filesOf(files: readonly ReplyFile[]): DiscordFile[] {
  return files
    .filter((f) => f.data.byteLength <= L.attachmentBytes)
    .slice(0, L.attachmentsPerMessage)
    .map((f) => ({
      attachment: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength),
      name: f.name,
      ...(f.description ? { description: cutText(f.description, L.attachmentDescription) } : {}),
    }));
}

/** The one place Discord's limits are enforced: every reply goes out through here. */
export function toDiscordPayload(reply: Reply): DiscordPayload {
  const budget = new Budget(L.embedTotal);
  const files = filesOf(reply.files ?? []);
  const embeds = (reply.embeds ?? []).slice(0, L.embedsPerMessage).flatMap((e) => embedOf(e, budget, files) ?? []);
  const content = reply.content ? cutText(reply.content, L.content) : undefined;
  return {
    ...(content ? { content } : {}),
    embeds,
    ...(files.length > 0 ? { files } : {}),
    components: buttonsOf(reply),
    allowedMentions: { parse: [] },
    ...(reply.ephemeral || !reply.ok ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
