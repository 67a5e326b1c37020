const MAX_QUOTE = 60;

/**
 * A short, printable rendering of a received value for an error message, built without
 * serialising the whole value: a 4,000,000-deep nested body would take `JSON.stringify` tens of
 * seconds (or overflow the stack). The walk stops as soon as `max` characters are written.
 */
export function quoteReceived(value: unknown, max = MAX_QUOTE): string {
  if (value === undefined) return 'undefined';
  let out = '';
  // An explicit stack of what is still to write: a value, or literal text (brackets, commas).
  const stack: ({ text: string } | { value: unknown })[] = [{ value }];
  while (stack.length > 0 && out.length <= max) {
    const item = stack.pop() as { text: string } | { value: unknown };
    if ('text' in item) {
      out += item.text;
      continue;
    }
    const current = item.value;
    if (typeof current === 'number') out += Number.isFinite(current) ? JSON.stringify(current) : String(current);
    else if (typeof current === 'string') out += JSON.stringify(current.length > max ? current.slice(0, max + 1) : current);
    else if (current === null || typeof current === 'boolean') out += String(current);
    else if (current === undefined) out += 'null';
    else if (typeof current === 'bigint' || typeof current === 'symbol' || typeof current === 'function') out += String(current);
    else if (Array.isArray(current)) {
      const parts: ({ text: string } | { value: unknown })[] = [{ text: '[' }];
      // Only the first few items can fit in the quote.
      current.slice(0, max).forEach((entry, index) => {
        if (index > 0) parts.push({ text: ',' });
        parts.push({ value: entry });
      });
      parts.push({ text: ']' });
      for (let index = parts.length - 1; index >= 0; index -= 1) stack.push(parts[index] as { text: string } | { value: unknown });
    } else {
      const parts: ({ text: string } | { value: unknown })[] = [{ text: '{' }];
      Object.keys(current)
        .slice(0, max)
        .forEach((key, index) => {
          parts.push({ text: `${index > 0 ? ',' : ''}${JSON.stringify(key)}:` });
          parts.push({ value: (current as Record<string, unknown>)[key] });
        });
      parts.push({ text: '}' });
      for (let index = parts.length - 1; index >= 0; index -= 1) stack.push(parts[index] as { text: string } | { value: unknown });
    }
  }
  return out.length > max || stack.length > 0 ? `${out.slice(0, max - 1)}…` : out;
}

/** The value found at `path` inside `root`, or `undefined`. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
