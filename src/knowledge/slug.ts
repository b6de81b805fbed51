// Document slugs: the file's path inside the knowledge folder without its extension, folders joined
// with "-", lower-cased, and every character outside [a-z0-9_-] replaced by "-" so that passage ids
// (`<slug>#p<n>`) are safe in URLs, custom ids and file names.

export function slugFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\.[^./\\]*$/, "");
  return withoutExtension
    .split(/[/\\]+/)
    .filter((part) => part !== "")
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, "-");
}

/** The slug of the document a passage id (`<slug>#p<n>`) belongs to. */
export function documentOfPassage(passageId: string): string {
  return passageId.replace(/#.*$/u, "");
}
