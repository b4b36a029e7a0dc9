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
  if (value.length > max) throw badInput(field, `${field} takes at most ${max} characters.`);
  return value.trim() || undefined;
}
