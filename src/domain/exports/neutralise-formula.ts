/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` (and some a leading tab
 * or carriage return) as a formula, so text typed by one person could run in another's
 * spreadsheet (OWASP "CSV injection"). Such text gets a leading apostrophe, which spreadsheets
 * show as text. A plain number such as `-3` or `+4.5` is left as it is: it cannot run and
 * people expect it to stay a number. A phone number such as `+44 20 7946 0958` is not a plain
 * number and is protected.
 *
 * Text that already starts with apostrophes before such a character gets one more, so
 * `restoreNeutralised` can always undo exactly what `neutraliseFormula` did.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PROTECTED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function neutraliseFormula(text: string): string {
  if (!FORMULA_START.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

/** The inverse of `neutraliseFormula`, for reading back a file this application wrote. */
export function restoreNeutralised(text: string): string {
  return PROTECTED.test(text) ? text.slice(1) : text;
}
