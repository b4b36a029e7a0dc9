import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { createRequire } from 'node:module';
import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { maxPageSize } from './pagination.ts';

// Mercurius builds its schema with graphql's CommonJS build; validating against that schema takes
// the same build's functions (the ES module build refuses a schema from "another realm").
const { validate, visit, visitWithTypeInfo, TypeInfo, NoSchemaIntrospectionCustomRule } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

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
 * The cost of a document as it will run: every list counts at the page size the executor will use,
 * however it arrives (a literal, a variable sent, a variable's default, null or nothing at all,
 * which take the field's default page size), so the same document cannot be cheap when validated
 * and costly when run. Checked before every execution, since Mercurius validates a document only
 * the first time it sees it.
 */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined): void {
  // Mercurius hands back the same parsed document for the same text, so a document's verdict at
  // the page sizes it was sent with is remembered: pages send the same few again and again.
  let verdicts = costVerdicts.get(document);
  if (!verdicts) costVerdicts.set(document, (verdicts = new Map()));
  // A variable left out (its default) and one sent as null (the field's default) are told apart.
  const sizes = JSON.stringify(
    pageSizeVariables(document).map((name) => (variables && Object.hasOwn(variables, name) ? [variables[name]] : [])),
  );
  let refusal = verdicts.get(sizes);
  if (refusal === undefined) {
    const rule = costLimitRule({
      ...refuseWith('QUERY_TOO_COSTLY'),
      maxCost: documentLimits.cost,
      ignoreIntrospection: true,
    }) as ValidationRule;
    refusal = validate(schema, withPageSizes(schema, document, variables ?? {}), [rule])[0] ?? null;
    // Bounded: a client varying its page sizes cannot grow this without end.
    if (verdicts.size < 100) verdicts.set(sizes, refusal);
  }
  if (refusal) throw refusal;
}

/** Each document's verdict by the page sizes it was sent with (null: within the limit). */
const costVerdicts = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();
const sizeVariables = new WeakMap<DocumentNode, string[]>();

const isPageSize = (name: string) => name === 'first' || name === 'last';

/** The variables a document uses as a page size (`first: $n`, `last: $n`), found once per document. */
function pageSizeVariables(document: DocumentNode): string[] {
  let names = sizeVariables.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Argument(node) {
        if (isPageSize(node.name.value) && node.value.kind === Kind.VARIABLE) found.add(node.value.name.value);
      },
    });
    sizeVariables.set(document, (names = [...found]));
  }
  return names;
}

/** A page size the field's own default stands for (a variable null or left out without a default). */
const fieldDefault = Symbol('the field default');

/**
 * What each variable holds when the request leaves it out: its declared default, or the field's
 * default page size. A variable several operations declare takes each of their defaults (the
 * largest counts), since a fragment they share cannot tell which operation runs.
 */
function variableDefaults(document: DocumentNode): Map<string, (number | typeof fieldDefault)[]> {
  const defaults = new Map<string, (number | typeof fieldDefault)[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const value = variable.defaultValue;
      const size = value?.kind === Kind.INT ? Number.parseInt(value.value, 10) : fieldDefault;
      defaults.set(variable.variable.name.value, [...(defaults.get(variable.variable.name.value) ?? []), size]);
    }
  }
  return defaults;
}

/**
 * The document with each list's page size written in as the literal `first: N` that graphql-armor
 * counts: the value sent, else the variable's default, else the field's default page size (its SDL
 * default, which its resolver also applies to null; the largest page when it declares none).
 */
function withPageSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const defaults = variableDefaults(document);
  const typeInfo = new TypeInfo(schema);
  const sizeOf = (value: ValueNode | undefined, pageDefault: number): number => {
    if (value?.kind === Kind.INT) return Number.parseInt(value.value, 10);
    if (value?.kind !== Kind.VARIABLE) return pageDefault;
    const name = value.name.value;
    if (Object.hasOwn(variables, name)) {
      const sent = variables[name];
      // Anything but a whole number (or null) fails coercion before it runs.
      return typeof sent === 'number' && Number.isInteger(sent) ? sent : pageDefault;
    }
    const declared = defaults.get(name) ?? [fieldDefault];
    return Math.max(...declared.map((size) => (size === fieldDefault ? pageDefault : size)));
  };
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const sizeArgs = typeInfo.getFieldDef()?.args.filter((arg) => isPageSize(arg.name)) ?? [];
        if (sizeArgs.length === 0) return undefined;
        const size = Math.max(
          ...sizeArgs.map((arg) => {
            const pageDefault = typeof arg.defaultValue === 'number' ? arg.defaultValue : maxPageSize;
            return sizeOf(node.arguments?.find((given) => given.name.value === arg.name)?.value, pageDefault);
          }),
        );
        const others = (node.arguments ?? []).filter((given) => !isPageSize(given.name.value));
        const first = {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: 'first' },
          value: { kind: Kind.INT, value: String(size) },
        } as const;
        return { ...node, arguments: [...others, first] };
      },
    }),
  );
}
