import { badInput } from './errors.ts';

const stateCode = /^[A-Z]{2}$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Upper-cases two-letter state codes and refuses anything else. */
export function stateCodes(field: string, values: string[] | null | undefined): string[] | undefined {
  if (!values) return undefined;
  listSize(field, values);
  return values.map((value) => {
    const code = value.trim().toUpperCase();
    if (!stateCode.test(code)) throw badInput(field, `${field} takes two-letter state codes such as "CA"; "${value}" is not one.`);
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
  const name = parts.at(-1)!.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const row = parts.find((p) => /^\d+$/.test(p));
  return `${capitalise(name)}${row === undefined ? '' : ` (row ${Number(row) + 1})`}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
