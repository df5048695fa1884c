/** The stable machine-readable codes of the API's errors. */
export type ErrorCode =
  | 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'payload_too_large' | 'busy' | 'no_workers' | 'unreadable' | 'internal';

/** The one shape of every API error: `{error: {code, message}}`. */
export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

/** An error a handler throws to answer with a status and a message: caught in one place (`app.ts`). */
export class ApiError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 500, readonly code: ErrorCode, message: string) {
    super(message);
  }
}

/** The body of an error answer. */
export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}
