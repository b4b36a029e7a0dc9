/**
 * A direct message is plain text, as in a chat: no Markdown, so what a member types is what the
 * other reads. As HTML: every character escaped, web addresses made into links marked as user
 * content, blank lines between paragraphs, single line breaks kept.
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

function linked(text: string): string {
  let html = '';
  let from = 0;
  for (const match of text.matchAll(address)) {
    const href = match[0].replace(trailing, '');
    html += escape(text.slice(from, match.index)) + `<a href="${escape(href)}" rel="noopener nofollow ugc">${escape(href)}</a>`;
    from = match.index + href.length;
  }
  return html + escape(text.slice(from));
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
