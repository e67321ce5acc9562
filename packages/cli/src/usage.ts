/** The command line was used wrongly: exit 2 with the message and where to read more. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    /** the command whose --help explains */
    readonly help = "loglink --help",
  ) {
    super(message);
  }
}

export const EXIT_USAGE = 2;
