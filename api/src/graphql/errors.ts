import mercurius from 'mercurius';

export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'EMAIL_UNCONFIRMED' | 'INTERNAL';

const { ErrorWithProps } = mercurius;

/** An error a client caused; its message is shown to the person, so it says what to change. */
export function clientError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new ErrorWithProps(message, { code, ...extra });
}

/** Invalid input; `field` names the argument or input field at fault. */
export function badInput(field: string, message: string) {
  return clientError('BAD_USER_INPUT', message, { field });
}

/**
 * Collects every field's problem before answering, so a form can show all of them at once:
 * extensions.fields maps each field to its message, and field names the first.
 */
export class FieldErrors {
  private readonly fields: Record<string, string> = {};

  add(field: string, message: string): void {
    this.fields[field] ??= message;
  }

  /** Runs a check that throws badInput, keeping its message under its field. */
  check<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      const extensions = (error as { extensions?: { code?: string; field?: string } }).extensions;
      if (extensions?.code !== 'BAD_USER_INPUT' || !extensions.field) throw error;
      this.add(extensions.field, (error as Error).message);
      return undefined;
    }
  }

  throwIfAny(): void {
    const entries = Object.entries(this.fields);
    const [first] = entries;
    if (!first) return;
    const [field, message] = first;
    throw clientError('BAD_USER_INPUT', entries.length === 1 ? message : `${message} (and ${entries.length - 1} more fields to fix)`, {
      field,
      fields: this.fields,
    });
  }
}
