import { handleSource } from '../../markdown.ts';

/**
 * A direct message is plain text, as in a chat: no Markdown, so what a member types is what the
 * other reads. As HTML: every character escaped, web addresses made into links marked as user
 * content, blank lines between paragraphs, single line breaks kept, and @handles marked for
 * linkMentions as in Markdown.
 */
export function messageHtml(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${linked(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const address = /https?:\/\/[^\s<>"'`]+/gi;
// Sentence punctuation right after an address belongs to the sentence, not the address.
const trailing = /[.,;:!?)\]}]+$/;

// As in Markdown: not after a word, "@" or "." (an e-mail address is not a mention).
const mention = new RegExp(`(^|[^\\w@.])@(${handleSource})(?![\\w-])`, 'gi');

function linked(text: string): string {
  let html = '';
  let from = 0;
  for (const match of text.matchAll(address)) {
    const href = match[0].replace(trailing, '');
    html += prose(text.slice(from, match.index)) + `<a href="${escape(href)}" rel="noopener nofollow ugc">${escape(href)}</a>`;
    from = match.index + href.length;
  }
  return html + prose(text.slice(from));
}

/** Text outside addresses: escaped, its @handles marked. */
function prose(text: string): string {
  return text
    .split(mention)
    .map((part, i) => (i % 3 === 2 ? `<span class="mention">@${part.toLowerCase()}</span>` : escape(part)))
    .join('');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
