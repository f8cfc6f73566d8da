import { describe, expect, it } from 'vitest';
import { formatFigure } from '../src/index.js';

describe('figures in French', () => {
  it('writes each unit as a person reads it, with no-break spaces the Marianne faces draw', () => {
    expect(formatFigure(0.8123, 'RATE')).toBe('81,2\u00a0%');
    expect(formatFigure(1, 'RATE')).toBe('100\u00a0%');
    expect(formatFigure(0.25, 'SIGNED_RATE')).toBe('+25\u00a0%');
    expect(formatFigure(-0.1, 'SIGNED_RATE')).toBe('-10\u00a0%');
    expect(formatFigure(0, 'SIGNED_RATE')).toBe('0\u00a0%');
    expect(formatFigure(4.56, 'WORKING_DAYS')).toBe('4,6\u00a0jours ouvrés');
    expect(formatFigure(1, 'WORKING_DAYS')).toBe('1\u00a0jour ouvré');
    expect(formatFigure(3, 'RINGS')).toBe('3\u00a0sonneries');
    expect(formatFigure(25.4, 'MINUTES')).toBe('25\u00a0min');
    expect(formatFigure(8.1, 'SCORE_10')).toBe('8,1\u00a0/\u00a010');
    expect(formatFigure(1, 'BOOLEAN')).toBe('Atteint');
    expect(formatFigure(0, 'BOOLEAN')).toBe('Non atteint');
    expect(formatFigure(27540, 'COUNT')).toBe('27\u00a0540');
    expect(formatFigure(27540, 'COUNT')).not.toMatch(/\u202f/);
  });
});
