// How an insight is stored: its texts once for every language's search (title, body, themes) and
// once more in the property of its own language, which only that language's stemmed index reads.
import { LOCALES } from './taxonomy.ts';
import type { InsightInput } from '../schemas/working-group.ts';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function insightProps(input: InsightInput): Record<string, unknown> {
  const title = input.title.trim();
  const body = input.body.trim();
  // Plain apostrophes, so the French analyser's elision filter strips "l'" and "d'".
  const stemmedText = [title, body].join('\n').replace(/[\u2018\u2019\u02bc]/g, "'");
  const props: Record<string, unknown> = {
    kind: input.kind,
    title,
    body,
    language: input.language,
    themes: input.themes,
    disciplines: input.disciplines,
    // "volunteer-management" is searchable as its words.
    themesText: input.themes.map((t) => t.replace(/-/g, ' ')).join(' '),
  };
  for (const l of LOCALES) props[`text${cap(l)}`] = l === input.language ? stemmedText : null;
  return props;
}
