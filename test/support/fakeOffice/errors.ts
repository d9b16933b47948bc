/**
 * Errors shaped like OfficeExtension.Error: `code`, `message`, `debugInfo` {code, message,
 * errorLocation}. Office.js throws these from context.sync() (or from reading a property that was
 * not loaded), never from the call that queued the bad command.
 */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: OfficeExtension.DebugInfo;
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
