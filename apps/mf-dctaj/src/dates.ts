/**
 * The message when a date of a record precedes the step it must follow (the first of `steps` that
 * is given), as the API would refuse it; else null. Dates are YYYY-MM-DD, which compare as text.
 */
export function notBefore<K extends string>(dates: Record<NoInfer<K>, string>, labels: Record<K, string>, key: K, ...steps: K[]): string | null {
  const step = steps.find((s) => dates[s]);
  return step && dates[key] && dates[key] < dates[step] ? `« ${labels[key]} » ne peut précéder « ${labels[step]} ».` : null;
}
