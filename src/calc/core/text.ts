/**
 * A user's text quoted in a message: at most about 80 characters of it
 * (docs/conventions.md#errors), so that a pasted paragraph or a whole column
 * joined into one cell does not become the message. Cut between characters,
 * never inside a surrogate pair.
 */
export const QUOTE_LIMIT = 80;

export function clipText(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // do not split a surrogate pair
  return `${text.slice(0, end)}…`;
}

/** `"text"`, clipped. */
export function quoted(text: string): string {
  return `"${clipText(text)}"`;
}
