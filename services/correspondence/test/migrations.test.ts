import { describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '@qualipref/server-kit';
import { correspondence } from '../src/subgraph.js';

describe('migrations', () => {
  it('bring a fresh database exactly to the entities (policies included)', async () => {
    expect(await pendingSchemaChanges(correspondence)).toBe('');
  });
});
