import { buildASTSchema, getNamedType, GraphQLString, isInputObjectType, parse, type GraphQLInputType } from 'graphql';
import { US_STATES } from '@muster/db/labels';
import { badInput, FieldErrors } from './errors.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Upper-cases the postal codes of US states, districts and territories, and refuses anything else. */
export function stateCodes(field: string, values: string[] | null | undefined): string[] | undefined {
  if (!values) return undefined;
  listSize(field, values);
  return values.map((value) => {
    const code = value.trim().toUpperCase();
    if (!Object.hasOwn(US_STATES, code))
      throw badInput(field, `${field} takes two-letter state codes such as "CA"; "${value}" is not one.`);
    return code;
  });
}

/** A slug as used in URLs; a value that cannot be a slug finds nothing, so say so early. */
export function slug(field: string, value: string): string {
  if (value.length > 200 || !slugPattern.test(value)) {
    throw badInput(field, `${field} must be a slug of lower-case letters, digits and hyphens, such as "community-policing".`);
  }
  return value;
}

export function slugs(field: string, values: string[] | null | undefined): string[] | undefined {
  if (!values) return undefined;
  listSize(field, values);
  return values.map((v) => slug(field, v));
}

export function listSize(field: string, values: unknown[], max = 50): void {
  if (values.length > max) throw badInput(field, `${field} takes at most ${max} values; ${values.length} were given.`);
}

export function text(field: string, value: string | null | undefined, max: number): string | undefined {
  if (value == null) return undefined;
  if (value.length > max) throw badInput(field, `${fieldLabel(field)} takes at most ${max.toLocaleString('en-US')} characters.`);
  return value.trim() || undefined;
}

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ID of ours; anything else cannot name a record, so say so instead of looking. */
export function uuid(field: string, value: string): string {
  if (!uuidPattern.test(value)) throw badInput(field, `${field} is not an ID Muster gave out.`);
  return value.toLowerCase();
}

export function listOf<T>(field: string, values: T[], check: (value: T) => T, max = 50): T[] {
  listSize(field, values, max);
  return values.map(check);
}

/** Required text: trimmed, between min and max characters. */
export function requiredText(field: string, label: string, value: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min) throw badInput(field, min <= 1 ? `Enter ${label}.` : `${capitalise(label)} needs at least ${min} characters.`);
  if (trimmed.length > max) throw badInput(field, `${capitalise(label)} takes at most ${max} characters.`);
  return trimmed;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email(field: string, value: string): string {
  const address = value.trim().toLowerCase();
  if (address.length > 254 || !emailPattern.test(address)) {
    throw badInput(field, 'Enter an email address such as name@department.gov.');
  }
  return address;
}

/** "outcomes.0.costNotes" → "Cost notes (row 1)": how a person would name the field. */
export function fieldLabel(field: string): string {
  const parts = field.split('.');
  const name = (parts.at(-1) ?? field).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const row = parts.find((p) => /^\d+$/.test(p));
  return `${capitalise(name)}${row === undefined ? '' : ` (row ${Number(row) + 1})`}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const zoneName = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** An IANA time zone such as "America/Chicago", as Intl names it (so "US/Central" becomes "America/Chicago"). */
export function timeZone(field: string, value: string): string {
  const name = value.trim();
  let resolved: string | undefined;
  try {
    // Offsets ("+05:00") name no place and change with no rule; only zone names are taken.
    if (zoneName.test(name)) resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    resolved = undefined;
  }
  if (!resolved)
    throw badInput(field, `"${name.slice(0, 60)}" is not a time zone Muster knows; choose one such as America/Chicago from the list.`);
  return resolved;
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A time of day on the 24-hour clock, "09:30". */
export function timeOfDay(field: string, value: string): string {
  const time = value.trim();
  if (!timePattern.test(time)) throw badInput(field, `${fieldLabel(field)} must be a time of day such as 09:30 or 17:00.`);
  return time;
}

// C0 and C1 control characters (DEL included). A line break in a name would end the line of any
// line-based format it is written to (an iCalendar NAME or SUMMARY, a mail header), so a name
// could forge what follows it; tabs and the rest have no business in one line of text either.
const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/;
// Multi-line text (Markdown) keeps its line breaks and tabs, and nothing else of the kind.
const controlCharacterBesidesLineBreaks = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** One line of text: refuses line breaks, tabs and every other control character. */
export function oneLine(field: string, value: string): string {
  if (controlCharacter.test(value)) {
    throw badInput(field, `${fieldLabel(field)} must be one line of text, without line breaks, tabs or other control characters.`);
  }
  return value;
}

/** Text that may run over several lines: line breaks and tabs are kept, other control characters refused. */
export function multiLine(field: string, value: string): string {
  if (controlCharacterBesidesLineBreaks.test(value)) {
    throw badInput(
      field,
      `${fieldLabel(field)} holds a control character (an invisible code that is not text); remove it and send it again.`,
    );
  }
  return value;
}

type TextCheck = (errors: FieldErrors, path: string, value: unknown) => void;

const directiveOn = (node: { directives?: readonly { name: { value: string } }[] } | null | undefined, name: string) =>
  Boolean(node?.directives?.some((d) => d.name.value === name));

/** How one String (or list, or input object) argument is checked, from its type and its directives. */
function textCheckOf(
  type: GraphQLInputType,
  node: { directives?: readonly { name: { value: string } }[] } | null | undefined,
  seen: Set<string>,
): TextCheck | null {
  const named = getNamedType(type);
  if (directiveOn(node, 'verbatim')) return null;
  if (named === GraphQLString) {
    const check = directiveOn(node, 'multiline') ? multiLine : oneLine;
    return function visit(errors, path, value) {
      if (Array.isArray(value)) value.forEach((item, i) => visit(errors, `${path}.${i}`, item));
      else if (typeof value === 'string') errors.check(() => check(path, value));
    };
  }
  if (!isInputObjectType(named) || seen.has(named.name)) return null;
  const fields = Object.values(named.getFields()).flatMap((f) => {
    const check = textCheckOf(f.type, f.astNode, new Set([...seen, named.name]));
    return check ? [[f.name, check] as const] : [];
  });
  if (fields.length === 0) return null;
  return function visit(errors, path, value) {
    if (Array.isArray(value)) value.forEach((item, i) => visit(errors, `${path}.${i}`, item));
    else if (value && typeof value === 'object') {
      for (const [name, check] of fields) check(errors, path ? `${path}.${name}` : name, (value as Record<string, unknown>)[name]);
    }
  };
}

/**
 * Every String a mutation takes is one line without control characters, unless the SDL marks it
 * `@multiline` (Markdown bodies, notes written in a text area) or `@verbatim` (passwords, which are
 * only hashed). Checked here, once, before any resolver runs, so no module can forget a field; the
 * field is named as forms name it (`name`, `outcomes.0.metric`: an argument called `input` is left out).
 */
export function checkMutationText(sdl: string[], mutations: Record<string, unknown>): Record<string, unknown> {
  const schema = buildASTSchema(parse(sdl.join('\n')), { assumeValidSDL: true });
  const fields = schema.getMutationType()?.getFields() ?? {};
  const wrapped: Record<string, unknown> = { ...mutations };
  for (const [name, resolve] of Object.entries(mutations)) {
    const args = (fields[name]?.args ?? []).flatMap((arg) => {
      const check = textCheckOf(arg.type, arg.astNode, new Set());
      return check ? [[arg.name, check] as const] : [];
    });
    if (args.length === 0 || typeof resolve !== 'function') continue;
    wrapped[name] = (root: unknown, values: Record<string, unknown>, ...rest: unknown[]) => {
      const errors = new FieldErrors();
      for (const [arg, check] of args) check(errors, arg === 'input' ? '' : arg, values[arg]);
      errors.throwIfAny();
      return resolve(root, values, ...rest);
    };
  }
  return wrapped;
}
