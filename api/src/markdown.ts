import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false });

/**
 * Everything members write is Markdown; the HTML that reaches a page keeps formatting only:
 * no scripts, styles, event handlers, or javascript:/data: URLs, and every link is marked as
 * user content so it passes no referrer trust or ranking.
 */
const policy: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2', 'h3', 'h4', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'em', 'strong', 'del',
    'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['align'], td: ['align'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    // A write-up's own headings sit below the page's h1 and the section's h2.
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener nofollow ugc' } }),
  },
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source, { async: false }), policy);
}

/** Rendered HTML by a key that changes whenever the source does (an id and a version or edit time). */
const rendered = new Map<string, string>();
const renderedLimit = 5000;

export function renderMarkdownOnce(key: string, source: string): string {
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderMarkdown(source);
    if (rendered.size >= renderedLimit) rendered.delete(rendered.keys().next().value as string);
    rendered.set(key, html);
  }
  return html;
}
