import { describe, expect, it } from 'vitest';
import { visibleModules } from '../src/access.js';
import type { RemoteEntry } from '../src/contract.js';

const remote = (name: string, ...directorates: string[]): RemoteEntry => ({ name: `mf_${name}`, entry: `http://x/${name}/mf-manifest.json`, directorates, path: name, title: name });
const REMOTES = [remote('dctaj', 'DCTAJ'), remote('dlp', 'DLP'), { ...remote('drmm', 'DRMM'), capability: 'openQualityProgramme' }, remote('sp', 'SPF', 'SPT')];

describe('modules shown to a user', () => {
  it('shows the remotes of the directorates the API opens, in the configuration\'s order', () => {
    expect(visibleModules(REMOTES, ['DRMM']).map((r) => r.name)).toEqual(['mf_drmm']);
    expect(visibleModules(REMOTES, ['SG', 'DRMM', 'DCTAJ', 'DLP', 'SII']).map((r) => r.name)).toEqual(['mf_dctaj', 'mf_dlp', 'mf_drmm']);
  });

  it('serves both sous-préfectures with one remote', () => {
    expect(visibleModules(REMOTES, ['SPF']).map((r) => r.name)).toEqual(['mf_sp']);
    expect(visibleModules(REMOTES, ['SPT']).map((r) => r.name)).toEqual(['mf_sp']);
  });

  it('shows a remote whose capability the API grants in the viewed tenant, whichever directorate runs it there', () => {
    // A sous-préfecture's secretariat runs its quality programme: the API says so, not a directorate code.
    expect(visibleModules(REMOTES, ['SPF'], { id: 'forbach', openQualityProgramme: true, analyseData: false }).map((r) => r.name)).toEqual(['mf_drmm', 'mf_sp']);
    expect(visibleModules(REMOTES, ['SPF'], { openQualityProgramme: false }).map((r) => r.name)).toEqual(['mf_sp']);
  });

  it('shows nothing for a directorate no remote serves, or before the API has answered', () => {
    expect(visibleModules(REMOTES, ['SII'])).toEqual([]);
    expect(visibleModules(REMOTES, [])).toEqual([]);
  });
});
