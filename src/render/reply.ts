import type { ArticleRef } from '../corpus/article.ts';

/**
 * The transport-neutral reply every handler returns. Renderers turn it into a Discord payload
 * (`render/discord-payload.ts`) or terminal text (`render/terminal.ts`); neither knows any command.
 *
 * Dates inside text use Discord's timestamp markup (`<t:UNIX:D>`, `<t:UNIX:R>`, `<t:UNIX:F>`, see
 * `render/timestamps.ts`): Discord shows them in each reader's time zone, the terminal renderer
 * rewrites them as ISO dates and "N days ago".
 */
export interface Reply {
  /** False for errors, usage messages and "not found": Discord shows those only to the user. */
  ok: boolean;
  /** Short message for `ok: false` replies; also the console JSON `error` field. */
  error?: string;
  /** Plain markdown text shown above the embeds. */
  content?: string;
  embeds?: ReplyEmbed[];
  /** Files sent with the reply (a chart); an embed shows one by naming it in `image`. */
  files?: ReplyFile[];
  /** One row of buttons (pagination and the like); custom ids carry all their state. */
  buttons?: ReplyButton[];
  /** Show only to the user who asked (the `hide` option, or any error). */
  ephemeral?: boolean;
  /** Structured data for the console's `--json` output; names are part of the scripting contract. */
  data: Record<string, unknown>;
}

export interface ReplyEmbed {
  title?: string;
  /** Link for the title: the cited article's `url` when it has one. */
  url?: string;
  description?: string;
  fields?: ReplyField[];
  footer?: string;
  /** The `name` of one of the reply's files, shown as the embed's picture. */
  image?: string;
  /** The article an embed cites, when it cites one. */
  citation?: ArticleRef & { paragraph?: number };
}

export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

/** A file attached to a reply: Discord uploads it, the console writes it to a folder. */
export interface ReplyFile {
  /** File name, unique within the reply: letters, digits, `-`, `_` and `.` only (Discord's `attachment://` rule). */
  name: string;
  contentType: string;
  data: Uint8Array;
  /** What the file shows, in words: Discord's alt text for an image (at most 1,024 characters). */
  description?: string;
  /** Pixel size, for images. */
  width?: number;
  height?: number;
}

export interface ReplyButton {
  /** At most 100 characters; the button handler parses it back, so it holds the page state. */
  customId: string;
  label: string;
  disabled?: boolean;
}

/** An error, usage or not-found reply: shown only to the user, `ok: false`. */
export function errorReply(message: string, data: Record<string, unknown> = {}): Reply {
  const text = message.toWellFormed();
  return { ok: false, error: text, content: text, ephemeral: true, data };
}
