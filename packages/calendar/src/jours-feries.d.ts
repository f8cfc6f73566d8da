// The package ships no types: this is the one function it exports (CommonJS `module.exports`).
declare module '@socialgouv/jours-feries' {
  /** Public holidays of `year` keyed by French name, each a Date at local midnight of the process's time zone. */
  function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
  export = getJoursFeries;
}
