import { describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '@qualipref/server-kit';
import { quality } from '../src/subgraph.js';

describe('migrations', () => {
  it('bring a fresh database exactly to the entities (policies included)', async () => {
    expect(await pendingSchemaChanges(quality)).toBe('');
  });
});
