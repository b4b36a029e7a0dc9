import { Marked, type TokenizerAndRendererExtension } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** A handle as members write it after "@": letters, digits and inner hyphens, at most 60. */
export const handleSource = '[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?';
// Not after a word, "@" or ".": "chief@memphis-pd.muster.demo" is an address, not a mention.
const mentionStart = new RegExp(`(^|[^\\w@.])@${handleSource}(?![\\w-])`, 'i');
const mentionAt = new RegExp(`^@(${handleSource})(?![\\w-])`, 'i');

/**
 * "@handle" in prose (never in code or inside a link) becomes a placeholder, <span
 * class="mention">: the rendering is cached, and whether a handle belongs to a member someone may
 * open changes after it, so linkMentions decides at each read.
 */
const mention: TokenizerAndRendererExtension = {
  name: 'mention',
  level: 'inline',
  start(src) {
    const match = mentionStart.exec(src);
    return match ? match.index + (match[1] ?? '').length : undefined;
  },
  tokenizer(src) {
    if (this.lexer.state.inLink) return undefined;
    const match = mentionAt.exec(src);
    return match?.[1] ? { type: 'mention', raw: match[0], handle: match[1].toLowerCase() } : undefined;
  },
  renderer(token) {
    return `<span class="mention">@${token.handle as string}</span>`;
  },
};

const marked = new Marked({ gfm: true, breaks: false });
const markedWithMentions = new Marked({ gfm: true, breaks: false }, { extensions: [mention] });

/**
 * Everything members write is Markdown; the HTML that reaches a page keeps formatting only:
 * no scripts, styles, event handlers, or javascript:/data: URLs, and every link is marked as
 * user content so it passes no referrer trust or ranking.
 */
const policy: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['align'], td: ['align'], ol: ['start'], span: ['class'] },
  // A placeholder written by hand links no further than "@handle" typed as text would.
  allowedClasses: { span: ['mention'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    // A write-up's own headings sit below the page's h1 and the section's h2.
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener nofollow ugc' } }),
  },
};

export interface RenderOptions {
  /** Marks @handles for linkMentions (comments and write-up bodies); elsewhere they stay text. */
  mentions?: boolean;
}

export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  const html = sanitizeHtml((options.mentions ? markedWithMentions : marked).parse(source, { async: false }), policy);
  return options.mentions ? html : unmarkMentions(html);
}

const placeholder = /<span class="mention">@([a-z0-9-]+)<\/span>/g;
const anySpan = /<\/?span[^>]*>/g;

/** Text written as a placeholder by hand, where mentions are not marked, is text again. */
function unmarkMentions(html: string): string {
  return html.replace(anySpan, '');
}

/** The handles marked in rendered HTML, each once, lower case. */
export function mentionsIn(html: string): string[] {
  return [...new Set([...html.matchAll(placeholder)].flatMap((m) => (m[1] ? [m[1]] : [])))];
}

/**
 * Each marked @handle of a member in `linked` becomes a link to their profile; any other is plain
 * text, so a link never names a handle that leads nowhere.
 */
export function linkMentions(html: string, linked: ReadonlySet<string>): string {
  const out = html.replace(placeholder, (_, handle: string) =>
    linked.has(handle) ? `<a class="mention" href="/members/${handle}">@${handle}</a>` : `@${handle}`,
  );
  return out.replace(anySpan, '');
}

/** Rendered HTML by a key that changes whenever the source does (an id and a version or edit time). */
const rendered = new Map<string, string>();
const renderedLimit = 5000;

export function renderMarkdownOnce(key: string, source: string, options: RenderOptions = {}): string {
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderMarkdown(source, options);
    if (rendered.size >= renderedLimit) rendered.delete(rendered.keys().next().value as string);
    rendered.set(key, html);
  }
  return html;
}
