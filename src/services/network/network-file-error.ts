/**
 * The network file cannot be used. The message is one line naming the file, the field path and the
 * problem, e.g. `prisma/seed/network.yaml: opportunities[12].schedule[0]: invalid slot "saturday-morning"
 * (line 345)`; when the file has several problems, `problems` lists every one of them in that form.
 */
export class NetworkFileError extends Error {
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    const [first = `${file}: unusable network file`] = problems;
    const more = problems.length - 1;
    super(more > 0 ? `${first} (and ${more} more ${more === 1 ? "problem" : "problems"})` : first);
    this.name = "NetworkFileError";
    this.file = file;
    this.problems = problems.length > 0 ? [...problems] : [first];
  }
}
