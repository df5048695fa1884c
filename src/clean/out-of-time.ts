/** Thrown by a time check when a document has used up its time: the caller skips the document and says why. */
export class OutOfTime extends Error {
  override readonly name = 'OutOfTime';

  constructor() {
    super('Out of time');
  }
}
