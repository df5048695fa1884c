/** An input that cannot be read, for a reason the user can act on; `message` is the one-line reason. */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(reason: string, options?: { readonly cause?: unknown }) {
    super(reason, options);
  }
}
