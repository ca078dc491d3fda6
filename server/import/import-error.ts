/** A file that cannot be imported: names the file and, where known, the feature that failed. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly feature?: string,
  ) {
    super(`${file}${feature ? `, ${feature}` : ''}: ${message}`);
  }
}
