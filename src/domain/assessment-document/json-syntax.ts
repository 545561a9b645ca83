/** Where JSON text stops being JSON: 1-based line and column, and what was expected there. */
export type JsonSyntaxProblem = { line: number; column: number; message: string };

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Finds the first syntax error in JSON text, or returns undefined when the text is valid.
 * `JSON.parse` in Node 20 often names no position ("Unexpected token '}'"), and a person fixing
 * a file needs the line and column.
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  let position = 0;

  const describe = (offset: number) =>
    offset >= text.length ? 'the end of the file' : `“${text[offset]}”`;
  const fail = (expected: string): never => {
    throw new Stop(position, `expected ${expected} but found ${describe(position)}`);
  };
  const skipWhitespace = () => {
    while (position < text.length && ' \t\n\r'.includes(text[position] ?? '')) position += 1;
  };
  const expect = (char: string, what: string) => {
    skipWhitespace();
    if (text[position] !== char) fail(what);
    position += 1;
  };
  const readString = () => {
    if (text[position] !== '"') fail('a string in double quotes');
    position += 1;
    for (;;) {
      const char = text[position];
      if (char === undefined) fail('the closing double quote of a string');
      else if (char === '"') break;
      else if (char === '\\') {
        const escape = text[position + 1] ?? '';
        if ('"\\/bfnrt'.includes(escape) && escape !== '') position += 2;
        else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6)))
          position += 6;
        else {
          position += 1;
          fail('a valid escape after “\\”');
        }
      } else if (char < ' ') fail('no control character (such as a line break) inside a string');
      else position += 1;
    }
    position += 1;
  };
  const readNumber = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(position));
    if (!match) fail('a value (object, array, string, number, true, false or null)');
    position += match?.[0].length ?? 0;
  };
  const readValue = (): void => {
    skipWhitespace();
    const char = text[position];
    if (char === '{') {
      position += 1;
      skipWhitespace();
      if (text[position] === '}') {
        position += 1;
        return;
      }
      for (;;) {
        skipWhitespace();
        readString();
        expect(':', '“:” after a member name');
        readValue();
        skipWhitespace();
        if (text[position] === ',') position += 1;
        else if (text[position] === '}') {
          position += 1;
          return;
        } else fail('“,” or “}” after a member');
      }
    }
    if (char === '[') {
      position += 1;
      skipWhitespace();
      if (text[position] === ']') {
        position += 1;
        return;
      }
      for (;;) {
        readValue();
        skipWhitespace();
        if (text[position] === ',') position += 1;
        else if (text[position] === ']') {
          position += 1;
          return;
        } else fail('“,” or “]” after an array element');
      }
    }
    if (char === '"') return readString();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, position)) {
        position += word.length;
        return;
      }
    }
    readNumber();
  };

  try {
    readValue();
    skipWhitespace();
    if (position < text.length) fail('nothing after the value');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const lines = before.split('\n');
    return {
      line: lines.length,
      column: (lines.at(-1)?.length ?? 0) + 1,
      message: error.message,
    };
  }
}
