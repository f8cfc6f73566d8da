/**
 * Formula-injection escape, the OWASP way: a text cell a spreadsheet would read as a formula
 * (or whose leading tab/CR it would eat) gets an apostrophe in front. A cell already starting
 * with an apostrophe before such a character gets one more, so that unescaping is exact and
 * export → import gives back the same text.
 */
const DANGEROUS = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r']/;

export function escapeFormula(text: string): string {
  return DANGEROUS.test(text) || ESCAPED.test(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
