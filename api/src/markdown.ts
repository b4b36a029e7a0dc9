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
