import { describe, expect, it } from 'vitest';
import { importIssueText } from '../src/ImportIssues.js';
import { isSingular, ofName, plural } from '../src/plural.js';

describe('French plural forms and elision', () => {
  it('takes the singular for 0 and 1, the plural from 2', () => {
    expect(plural(0, 'répondant', 'répondants')).toBe('0 répondant');
    expect(plural(1, 'répondant', 'répondants')).toBe('1 répondant');
    expect(plural(2, 'répondant', 'répondants')).toBe('2 répondants');
    expect(plural(1, 'a répondu', 'ont répondu')).toBe('1 a répondu');
    expect(plural(12, 'a répondu', 'ont répondu')).toBe('12 ont répondu');
    expect(plural(1234, 'courrier', 'courriers')).toBe('1\u202f234 courriers');
    expect(isSingular(1)).toBe(true);
    expect(isSingular(2)).toBe(false);
  });

  it('elides « de » before a vowel or a mute h', () => {
    expect(ofName('Amandine Lefèvre')).toBe('d’Amandine Lefèvre');
    expect(ofName('Élise Martin')).toBe('d’Élise Martin');
    expect(ofName('Hélène Roux')).toBe('d’Hélène Roux');
    expect(ofName('Jean Dupont')).toBe('de Jean Dupont');
  });
});

describe('import issues', () => {
  it('name the column as the file names it, never by the API’s code name', () => {
    expect(importIssueText({ line: 4, field: 'receivedAt', message: 'Date invalide.' }, { receivedAt: 'Date de réception' })).toBe('Ligne 4, Date de réception : Date invalide.');
    expect(importIssueText({ line: 4, field: 'receivedAt', message: 'Date invalide.' })).toBe('Ligne 4 : Date invalide.');
  });
});
