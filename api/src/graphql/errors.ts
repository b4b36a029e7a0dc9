import mercurius from 'mercurius';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL';

const { ErrorWithProps } = mercurius;

/** An error a client caused; its message is shown to the person, so it says what to change. */
export function clientError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new ErrorWithProps(message, { code, ...extra });
}

/** Invalid input; `field` names the argument or input field at fault. */
export function badInput(field: string, message: string) {
  return clientError('BAD_USER_INPUT', message, { field });
}
