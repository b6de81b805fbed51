// Heading paths. A heading's level is not written in plain text, so it is inferred from its kind, in
// the order kinds first appear (as reStructuredText does with underline styles): in the seed "(2) …"
// comes first and is level 0, "● …" is level 1. A new heading of a level replaces the previous heading
// of that level and everything below it.

export interface HeadingPath {
  /** The current path, outermost first. */
  readonly path: readonly string[];
  /** The path after a heading of `level` (0 = outermost). */
  enter(level: number, heading: string): HeadingPath;
}

export function headingPath(path: readonly string[] = []): HeadingPath {
  return {
    path,
    enter: (level, heading) => headingPath([...path.slice(0, level), heading]),
  };
}

/** Levels for heading kinds, assigned in order of first appearance. */
export function kindLevels(): (kind: string) => number {
  const kinds: string[] = [];
  return (kind) => {
    if (!kinds.includes(kind)) kinds.push(kind);
    return kinds.indexOf(kind);
  };
}
