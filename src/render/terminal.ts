import type { Reply } from './reply.ts';
import { unescapeMarkdown } from './echo.ts';
import { renderTimestamps } from './timestamps.ts';

export interface TerminalStyle {
  /** Turn `**bold**` into ANSI bold; otherwise the markers are dropped. */
  color: boolean;
}

function markdown(text: string, { color }: TerminalStyle): string {
  const rendered = text
    .replace(/\*\*(.+?)\*\*/gs, (_, inner: string) => (color ? `\x1b[1m${inner}\x1b[22m` : inner))
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 <$2>');
  return unescapeMarkdown(rendered);
}

function indent(text: string, by: string): string {
  return text.replace(/\n/g, `\n${by}`);
}

/** A reply as terminal text: the content, then each embed as a numbered block, then the buttons. */
export function toTerminalText(reply: Reply, now: Date, style: TerminalStyle): string {
  const lines: string[] = [];
  if (reply.content) lines.push(reply.content);
  (reply.embeds ?? []).forEach((embed, i) => {
    const number = (reply.embeds?.length ?? 0) > 1 ? `[${i + 1}] ` : '';
    if (embed.title) lines.push(`${number}${embed.title}${embed.url ? ` <${embed.url}>` : ''}`);
    if (embed.description) lines.push(`    ${indent(embed.description, '    ')}`);
    for (const field of embed.fields ?? []) lines.push(`  ${field.name}`, `    ${indent(field.value, '    ')}`);
    if (embed.footer) lines.push(`    ${embed.footer}`);
  });
  const buttons = (reply.buttons ?? []).filter((b) => !b.disabled);
  if (buttons.length > 0) lines.push(`(buttons: ${buttons.map((b) => `${b.label} = ${b.customId}`).join(', ')})`);
  return markdown(renderTimestamps(lines.join('\n'), now), style);
}
