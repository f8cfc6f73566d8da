import type { Unit } from './transparence.js';

// Intl groups thousands with a narrow no-break space, which the Marianne faces do not draw: a no-break space instead.
const number = (value: number, digits: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: digits }).replace(/\u202f/g, '\u00a0');

/** A figure as a person reads it in French, on a page or a poster: « 81,2 % », « +25 % », « 4,5 jours ouvrés », « Atteint ». */
export function formatFigure(value: number, unit: Unit): string {
  switch (unit) {
    case 'RATE':
      return `${number(value * 100, 1)}\u00a0%`;
    case 'SIGNED_RATE':
      return `${value > 0 ? '+' : ''}${number(value * 100, 1)}\u00a0%`;
    case 'WORKING_DAYS':
      return `${number(value, 1)}\u00a0${value < 2 ? 'jour ouvré' : 'jours ouvrés'}`;
    case 'RINGS':
      return `${number(value, 1)}\u00a0${value < 2 ? 'sonnerie' : 'sonneries'}`;
    case 'MINUTES':
      return `${number(value, 0)}\u00a0min`;
    case 'SCORE_10':
      return `${number(value, 1)}\u00a0/\u00a010`;
    case 'BOOLEAN':
      return value === 1 ? 'Atteint' : 'Non atteint';
    case 'COUNT':
      return number(value, 0);
  }
}
