/**
 * JSON.parse keeps the last of two members with the same name and says nothing, which would let
 * a framework file silently lose text. This scanner walks already-valid JSON and reports the path
 * of every object member whose name repeats within its object.
 */
export function findDuplicateMembers(text: string): string[] {
  const duplicates: string[] = [];
  let position = 0;

  const skipWhitespace = () => {
    while (/\s/.test(text[position] ?? '')) position += 1;
  };

  const readString = (): string => {
    const start = position;
    position += 1;
    while (text[position] !== '"') position += text[position] === '\\' ? 2 : 1;
    position += 1;
    return JSON.parse(text.slice(start, position)) as string;
  };

  const readValue = (path: string): void => {
    skipWhitespace();
    const char = text[position];
    if (char === '{') {
      position += 1;
      const names = new Set<string>();
      skipWhitespace();
      while (text[position] !== '}') {
        skipWhitespace();
        const name = readString();
        const memberPath = /^[A-Za-z_$][\w$]*$/.test(name)
          ? `${path}.${name}`
          : `${path}[${JSON.stringify(name)}]`;
        if (names.has(name)) duplicates.push(memberPath);
        names.add(name);
        skipWhitespace();
        position += 1; // the colon
        readValue(memberPath);
        skipWhitespace();
        if (text[position] === ',') position += 1;
        skipWhitespace();
      }
      position += 1;
    } else if (char === '[') {
      position += 1;
      let index = 0;
      skipWhitespace();
      while (text[position] !== ']') {
        readValue(`${path}[${index}]`);
        index += 1;
        skipWhitespace();
        if (text[position] === ',') position += 1;
        skipWhitespace();
      }
      position += 1;
    } else if (char === '"') {
      readString();
    } else {
      while (position < text.length && !/[\s,\]}]/.test(text[position] ?? '')) position += 1;
    }
  };

  readValue('$');
  return duplicates;
}
