import { fileURLToPath } from 'node:url';
import { unlabelledFields } from '@qualipref/test-kit';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../src/domain/labels.js';

describe('messages in French', () => {
  it('name every field the input rules check by its French label, never by its code name', async () => {
    expect(await unlabelledFields(fileURLToPath(new URL('../src/', import.meta.url)), FIELD_LABELS)).toEqual([]);
  });
});
