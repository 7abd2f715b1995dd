import { parseDocument } from 'yaml';
import { z } from 'zod';

/** The YAML front matter every article file starts with. */
export const FrontMatterSchema = z.object({
  title: z.string().trim().min(1, 'title is empty'),
  outlet: z.string().trim().min(1, 'outlet is empty'),
  published: z.iso.date('published must be a real date written YYYY-MM-DD'),
  url: z.url().optional(),
  author: z.string().trim().min(1).optional(),
  /** How the article came in: a text file (the default), a link, or a feed. */
  origin: z.enum(['file', 'link', 'feed']).optional(),
  /** The feed it came from. */
  feed: z.url().optional(),
  /** When it was added to the corpus (ISO 8601). */
  added: z.iso.datetime().optional(),
  /** Other outlets that carried the same text (a wire story), with their URLs. */
  also: z.array(z.object({ outlet: z.string().trim().min(1), url: z.url().optional() })).optional(),
});

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** A problem in a file, pointing at the line a reader should look at (1-based). */
export interface FileProblem {
  file: string;
  line: number;
  message: string;
}

export interface SplitArticle {
  frontMatter: FrontMatter;
  body: string;
  /** Line number (1-based) of the body's first line in the file. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---` front matter from the body and validates it; every problem names the file and line. */
export function parseArticleFile(file: string, text: string): { ok: true; article: SplitArticle } | { ok: false; problems: FileProblem[] } {
  const lines = text.split(/\r?\n/);
  const problem = (line: number, message: string) => ({ ok: false as const, problems: [{ file, line, message }] });
  if (!FENCE.test(lines[0] ?? '')) return problem(1, 'missing front matter: the file must start with a line "---"');
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) return problem(1, 'front matter is not closed by a line "---"');

  const doc = parseDocument(lines.slice(1, close).join('\n'), { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ file, line: 1 + (e.linePos?.[0]?.line ?? 1), message: `front matter is not valid YAML: ${e.message.split('\n')[0]}` })),
    };
  }
  const raw: unknown = doc.toJS();
  const parsed = FrontMatterSchema.safeParse(normaliseDates(raw));
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        const keyLine = lines.slice(1, close).findIndex((l) => l.startsWith(`${key}:`));
        const message = issue.code === 'invalid_type' && issue.input === undefined ? `front matter has no \`${key}\`` : `\`${key}\`: ${issue.message}`;
        return { file, line: keyLine >= 0 ? keyLine + 2 : 1, message };
      }),
    };
  }
  return { ok: true, article: { frontMatter: parsed.data, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 } };
}

/** YAML turns an unquoted `2025-05-30` into a Date; the schema wants the text as written. */
function normaliseDates(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v]));
}
