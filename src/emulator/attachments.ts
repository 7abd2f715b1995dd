import type { APIAttachment } from 'discord-api-types/v10';
import type { Json, UploadedFile } from './http.ts';
import type { Violation } from './limits.ts';
import { snowflake } from './snowflake.ts';

/** Message attachments as Discord makes them from a multipart upload, with its limits. */

export const ATTACHMENT_LIMITS = {
  /** A bot's upload limit in a server without boosts. */
  bytes: 10 * 1024 * 1024,
  perMessage: 10,
  description: 1024,
} as const;

/** Width and height of a PNG, from its IHDR chunk; Discord reports both for images. */
function pngSize(data: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature) return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function uploaded(file: UploadedFile, channelId: string, meta: Json): APIAttachment {
  const id = snowflake();
  const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${file.name}`;
  return {
    id,
    filename: meta?.filename ?? file.name,
    ...(meta?.description ? { description: meta.description } : {}),
    content_type: file.contentType,
    size: file.data.length,
    url,
    proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
    ...pngSize(file.data),
  };
}

/**
 * The attachments a create or edit body gives a message: uploads named by `attachments[].id`
 * (`files[<id>]` parts), plus existing attachments an edit keeps by id. Undefined when the body
 * says nothing about attachments (an edit then keeps what the message had).
 */
export function attachmentsOf(
  body: Json,
  files: readonly UploadedFile[],
  channelId: string,
  existing: readonly APIAttachment[] = [],
): { attachments?: APIAttachment[]; violations: Violation[] } {
  const violations: Violation[] = [];
  const entries: Json[] | undefined = body?.attachments;
  if (!Array.isArray(entries) && files.length === 0) return { violations };
  const byField = new Map(files.map((f) => [f.field, f]));
  const attachments: APIAttachment[] = [];
  const used = new Set<UploadedFile>();
  (entries ?? []).forEach((entry, i) => {
    const file = byField.get(`files[${entry?.id}]`);
    const kept = existing.find((a) => a.id === String(entry?.id));
    if (typeof entry?.description === 'string' && entry.description.length > ATTACHMENT_LIMITS.description)
      violations.push({
        path: `attachments.${i}.description`,
        message: `Must be ${ATTACHMENT_LIMITS.description} or fewer in length.`,
      });
    if (file) {
      used.add(file);
      attachments.push(uploaded(file, channelId, entry));
    } else if (kept) attachments.push(kept);
    else violations.push({ path: `attachments.${i}.id`, message: 'Unknown attachment' });
  });
  for (const file of files) if (!used.has(file)) attachments.push(uploaded(file, channelId, undefined));
  files.forEach((f, i) => {
    if (f.data.length > ATTACHMENT_LIMITS.bytes)
      violations.push({ path: `files.${i}`, message: 'Request entity too large' });
  });
  if (attachments.length > ATTACHMENT_LIMITS.perMessage)
    violations.push({ path: 'attachments', message: `Must be ${ATTACHMENT_LIMITS.perMessage} or fewer in length.` });
  return { attachments, violations };
}

/** Embeds as Discord stores them: an `attachment://name` image becomes that attachment's URL and size. */
export function resolveEmbedImages(
  embeds: Json[] | undefined,
  attachments: readonly APIAttachment[],
): Json[] | undefined {
  return embeds?.map((embed) => {
    const name = /^attachment:\/\/(.+)$/.exec(embed?.image?.url ?? '')?.[1];
    const attachment = name ? attachments.find((a) => a.filename === name) : undefined;
    if (!attachment) return embed;
    const { url, proxy_url, width, height } = attachment;
    return { ...embed, image: { url, proxy_url, ...(width ? { width, height } : {}) } };
  });
}
