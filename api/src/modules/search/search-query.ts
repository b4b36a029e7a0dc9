import { sql, type SQL } from 'drizzle-orm';

/**
 * A search query as PostgreSQL understood it: the tree of websearch_to_tsquery's answer, read
 * back from its text form ('crisi' <-> 'intervent' & !'drug' | 'fair'). Counting reads each word's
 * bitmap, so it needs the words and how they combine; ranking and matching hand the text back.
 */
export type QueryNode =
  | { kind: 'word'; word: string }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'and' | 'or'; children: QueryNode[] }
  /** Words in order, `distance` positions apart (<-> is 1): only the documents can say. */
  | { kind: 'phrase'; distance: number; left: QueryNode; right: QueryNode };

/** Reads a tsquery's text form; null for the empty query (stop words or punctuation only). */
export function parseTsquery(text: string): QueryNode | null {
  let at = 0;
  const skip = () => {
    while (text[at] === ' ') at++;
  };
  const fail = (what: string): never => {
    throw new Error(`Unreadable tsquery at ${at} (${what}): ${text}`);
  };

  function word(): QueryNode {
    at++; // the opening quote
    let value = '';
    for (;;) {
      const c = text[at];
      if (c === undefined) fail('unterminated word');
      if (c === "'" && text[at + 1] === "'") {
        value += "'";
        at += 2;
      } else if (c === "'") {
        at++;
        break;
      } else if (c === '\\') {
        value += text[at + 1] ?? '';
        at += 2;
      } else {
        value += c;
        at++;
      }
    }
    // Weights or prefix marks (:A, :*) never come from websearch_to_tsquery; refuse rather than misread.
    if (text[at] === ':') fail('weights or prefix');
    return { kind: 'word', word: value };
  }

  function unary(): QueryNode {
    skip();
    const c = text[at];
    if (c === '!') {
      at++;
      return { kind: 'not', child: unary() };
    }
    if (c === '(') {
      at++;
      const inner = or();
      skip();
      if (text[at] !== ')') fail('missing )');
      at++;
      return inner;
    }
    if (c === "'") return word();
    return fail('expected a word');
  }

  function phrase(): QueryNode {
    let left = unary();
    for (;;) {
      skip();
      const match = /^<(-|\d+)>/.exec(text.slice(at));
      if (!match) return left;
      at += match[0].length;
      left = { kind: 'phrase', distance: match[1] === '-' ? 1 : Number(match[1]), left, right: unary() };
    }
  }

  function chain(kind: 'and' | 'or', operator: string, next: () => QueryNode): () => QueryNode {
    return () => {
      const children = [next()];
      for (;;) {
        skip();
        if (text[at] !== operator) break;
        at++;
        children.push(next());
      }
      return children.length === 1 ? children[0]! : { kind, children };
    };
  }
  const and = chain('and', '&', phrase);
  const or = chain('or', '|', and);

  skip();
  if (at === text.length) return null;
  const tree = or();
  skip();
  if (at !== text.length) fail('trailing text');
  return tree;
}

/** The tsquery text of a tree, for PostgreSQL to read (every group in parentheses). */
export function toTsquery(node: QueryNode): string {
  const group = (n: QueryNode) => (n.kind === 'word' ? toTsquery(n) : `(${toTsquery(n)})`);
  switch (node.kind) {
    case 'word':
      return `'${node.word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
    case 'not':
      return `!${group(node.child)}`;
    case 'and':
    case 'or':
      return node.children.map(group).join(node.kind === 'and' ? ' & ' : ' | ');
    case 'phrase':
      return `${group(node.left)} <${node.distance === 1 ? '-' : node.distance}> ${group(node.right)}`;
  }
}

/** Whether the query excludes words (a write-up matching it in its title may still have them elsewhere). */
export function hasExclusion(node: QueryNode): boolean {
  switch (node.kind) {
    case 'word':
      return false;
    case 'not':
      return true;
    case 'and':
    case 'or':
      return node.children.some(hasExclusion);
    case 'phrase':
      return hasExclusion(node.left) || hasExclusion(node.right);
  }
}

/** A parsed query handed back to PostgreSQL, as a bound tsquery. */
export const queryOf = (node: QueryNode): SQL => sql`${toTsquery(node)}::tsquery`;

/** The first word of a phrase. */
export function firstWord(node: QueryNode): QueryNode {
  return node.kind === 'phrase' ? firstWord(node.left) : node;
}

/** Phrases standing alone (not parts of a longer phrase) that say the same as a single word. */
export function replacePhrases(node: QueryNode, words: Map<string, QueryNode>): QueryNode {
  switch (node.kind) {
    case 'phrase':
      return words.get(toTsquery(node)) ?? node;
    case 'not':
      return { kind: 'not', child: replacePhrases(node.child, words) };
    case 'and':
    case 'or':
      return { kind: node.kind, children: node.children.map((child) => replacePhrases(child, words)) };
    case 'word':
      return node;
  }
}

/**
 * The same words joined by "or", for when few write-ups have all of them; ranking then puts those
 * with more of the words first. Queries with phrases or exclusions are left as typed, since "or"
 * would loosen what the person pinned down.
 */
export function anyWordQuery(text: string, tree: QueryNode | null): QueryNode[] | null {
  if (!tree || tree.kind !== 'and' || /"|(^|\s)-/.test(text)) return null;
  return tree.children.slice(0, 12);
}

/** For words w1…wn, "at least k of them" as a query (an OR of ANDs); null when that gets long. */
export function atLeast(words: QueryNode[], k: number): QueryNode | null {
  const subsets = (size: number, from = 0): QueryNode[][] =>
    size === 0 ? [[]] : words.slice(from).flatMap((w, i) => subsets(size - 1, from + i + 1).map((rest) => [w, ...rest]));
  if (k <= 1) return { kind: 'or', children: words };
  const some = subsets(k);
  return some.length > 20
    ? null
    : { kind: 'or', children: some.map((children) => (children.length === 1 ? children[0]! : { kind: 'and', children })) };
}

/** The longest query search (and a search of debriefs) accepts, in characters. */
export const maxQueryLength = 300;
