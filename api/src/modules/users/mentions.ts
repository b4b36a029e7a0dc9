import type { MercuriusContext } from 'mercurius';
import { linkMentions, mentionsIn } from '../../markdown.ts';
import { listedHandles } from './users.repository.ts';

/**
 * Rendered bodies with their @mentions linked to the profiles of listed members (one query for
 * all of them, none when nobody is mentioned); a handle of no one, or of an account not verified
 * or disabled, stays text.
 */
export async function withMentionLinks(ctx: MercuriusContext, htmls: string[]): Promise<string[]> {
  const handles = [...new Set(htmls.flatMap(mentionsIn))];
  const linked = await listedHandles(ctx.db, handles);
  return htmls.map((html) => linkMentions(html, linked));
}

/** @handles written in a comment, question or answer, outside code; an e-mail address is not a mention. */
export function mentionedHandles(body: string): string[] {
  const prose = body.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ');
  const handles = new Set<string>();
  for (const match of prose.matchAll(/(^|[^\w@.])@([a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?)(?![\w-])/gi)) handles.add(match[2]!.toLowerCase());
  return [...handles].slice(0, 20);
}
