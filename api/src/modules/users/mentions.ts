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
