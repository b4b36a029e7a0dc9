import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { createRequire } from 'node:module';
import { GraphQLError, Kind, parse, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';

// Mercurius builds its schema with graphql's CommonJS build; validating against that schema takes
// the same build's functions (the ES module build refuses a schema from "another realm").
const { validate, visit, NoSchemaIntrospectionCustomRule } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * What one GraphQL document may ask for. The pages' largest query (a write-up with its
 * discussion) is 12 levels deep and costs 165,000 with the 50 threads it asks for (330,000 were
 * every list at its largest page of 100); these leave room for growth while refusing documents
 * built to exhaust the server, such as three nested lists of 100.
 */
export const documentLimits = {
  /** Characters of the query text. */
  characters: 20_000,
  /** Lexical tokens: parsing stops at this many. */
  tokens: 3_000,
  depth: 15,
  aliases: 20,
  directives: 20,
  /** graphql-armor's cost: each object 2, each scalar 1, ×1.5 per level, × the page size of a list. */
  cost: 500_000,
} as const;

/** graphql-armor reports a refusal as a validation error carrying the given code, not as a thrown syntax error. */
function refuseWith(code: string) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } })),
    ],
  };
}

/** The validation rules every document meets; introspection is refused in production. */
export function limitRules(production: boolean): ValidationRule[] {
  return [
    maxDepthRule({ ...refuseWith('QUERY_TOO_DEEP'), n: documentLimits.depth, ignoreIntrospection: true }),
    maxAliasesRule({ ...refuseWith('TOO_MANY_ALIASES'), n: documentLimits.aliases }),
    maxDirectivesRule({ ...refuseWith('TOO_MANY_DIRECTIVES'), n: documentLimits.directives }),
    ...(production ? [NoSchemaIntrospectionCustomRule] : []),
  ] as ValidationRule[];
}

/**
 * Before Mercurius parses a document: refuses one too long to read, or with more tokens than any
 * real page sends, before it costs a full parse.
 */
export function checkDocumentSize(source: string): void {
  if (source.length > documentLimits.characters) {
    throw new GraphQLError(`The query is ${source.length} characters long; at most ${documentLimits.characters} are accepted.`, {
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
  }
  // A token is at least one character: a shorter document cannot hold too many.
  if (source.length <= documentLimits.tokens) return;
  try {
    parse(source, { maxTokens: documentLimits.tokens, noLocation: true });
  } catch (error) {
    // graphql says "more that N tokens".
    if (error instanceof GraphQLError && /more tha[nt] \d+ tokens/.test(error.message)) {
      throw new GraphQLError(`The query has more than ${documentLimits.tokens} tokens; send a smaller document.`, {
        extensions: { code: 'QUERY_TOO_LARGE' },
      });
    }
    // Any other syntax error is Mercurius's to report, with its location.
  }
}

/**
 * The cost of a document as it will run: a page size given as a variable (`first: $first`) counts
 * at the value sent, so the same document cannot be cheap when validated and costly when run.
 * Checked before every execution, since Mercurius validates a document only the first time it sees it.
 */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  // Mercurius hands back the same parsed document for the same text, so a document's verdict at
  // the page sizes it was sent with is remembered: pages send the same few again and again.
  let verdicts = costVerdicts.get(document);
  if (!verdicts) costVerdicts.set(document, (verdicts = new Map()));
  const sizes = JSON.stringify(pageSizeVariables(document).map((name) => variables?.[name] ?? null));
  let refusal = verdicts.get(sizes);
  if (refusal === undefined) {
    const sized = visit(document, {
      Argument(node) {
        if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) {
          const value = variables?.[node.value.name.value];
          if (typeof value === 'number' && Number.isInteger(value)) return { ...node, value: { kind: Kind.INT, value: String(value) } };
        }
        return undefined;
      },
    });
    const rule = costLimitRule({ ...refuseWith('QUERY_TOO_COSTLY'), maxCost: documentLimits.cost, ignoreIntrospection: true }) as ValidationRule;
    refusal = validate(schema, sized, [rule])[0] ?? null;
    // Bounded: a client varying its page sizes cannot grow this without end.
    if (verdicts.size < 100) verdicts.set(sizes, refusal);
  }
  if (refusal) throw refusal;
}

/** Each document's verdict by the page sizes it was sent with (null: within the limit). */
const costVerdicts = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();
const sizeVariables = new WeakMap<DocumentNode, string[]>();

/** The variables a document uses as a page size (`first: $n`, `last: $n`), found once per document. */
function pageSizeVariables(document: DocumentNode): string[] {
  let names = sizeVariables.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Argument(node) {
        if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) found.add(node.value.name.value);
      },
    });
    sizeVariables.set(document, (names = [...found]));
  }
  return names;
}
