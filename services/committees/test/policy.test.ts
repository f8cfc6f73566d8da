import { describe, expect, it } from 'vitest';
import { Role } from '@qualipref/auth';
import { identityFor } from '@qualipref/test-kit';
import { authorize, can, type CommitteeFacts, type PlanFacts } from '../src/domain/policy.js';

// Metz's CLU, run by the DRMM with a secretary from another directorate.
const clu: CommitteeFacts = { tenantId: 'metz', ownerDirectorateId: 'drmm', secretariatUserIds: ['secretary'] };
const cluPlan: PlanFacts = { tenantId: 'metz', committee: clu };
const servicesPlan: PlanFacts = { tenantId: 'metz', committee: null };

const identity = (role: Role, { tenantId = 'metz', directorateId = 'other', userId = 'u' } = {}) => identityFor(role, { tenantId, directorateId, userId });

const administrator = identity(Role.ADMINISTRATOR, { directorateId: 'sg' });
const drmmManager = identity(Role.MANAGER, { directorateId: 'drmm' });
const drmmAgent = identity(Role.AGENT, { directorateId: 'drmm' });
const dctajManager = identity(Role.MANAGER, { directorateId: 'dctaj' });
const dctajAgent = identity(Role.AGENT, { directorateId: 'dctaj' });
const secretary = identity(Role.AGENT, { directorateId: 'sg', userId: 'secretary' });
const analyst = identity(Role.ANALYST, { directorateId: 'drmm', userId: 'secretary' });
// The same roles in Forbach, who may never write in Metz's committees.
const forbach = [Role.ADMINISTRATOR, Role.MANAGER, Role.AGENT, Role.ANALYST].map((role) => identity(role, { tenantId: 'forbach', directorateId: 'drmm', userId: 'secretary' }));

describe('committee.create', () => {
  it('lets managers and administrators create a committee in their own tenant', () => {
    for (const who of [administrator, drmmManager, dctajManager]) expect(can(who, 'committee.create', { tenantId: 'metz' })).toBe(true);
    for (const who of [drmmAgent, secretary, analyst]) expect(can(who, 'committee.create', { tenantId: 'metz' })).toBe(false);
  });

  it('refuses every role in another tenant', () => {
    for (const who of forbach) expect(can(who, 'committee.create', { tenantId: 'metz' })).toBe(false);
    expect(() => authorize(administrator, 'committee.create', { tenantId: 'forbach' })).toThrow('votre préfecture');
  });
});

describe('committee.manage', () => {
  it('lets administrators, the owner directorate’s managers and the secretariat run the committee', () => {
    for (const who of [administrator, drmmManager, secretary]) expect(can(who, 'committee.manage', clu)).toBe(true);
  });

  it('refuses the owner directorate’s agents, other directorates, analysts (even of the secretariat) and other tenants', () => {
    for (const who of [drmmAgent, dctajManager, dctajAgent, analyst, ...forbach]) expect(can(who, 'committee.manage', clu)).toBe(false);
  });

  it('says why when it refuses', () => {
    expect(() => authorize(dctajManager, 'committee.manage', clu)).toThrow(expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringContaining('secrétariat') }));
    expect(() => authorize(drmmManager, 'committee.manage', clu)).not.toThrow();
  });
});

describe('committee.readContacts', () => {
  it('shows contacts to the secretariat and administrators of the tenant only', () => {
    for (const who of [administrator, secretary]) expect(can(who, 'committee.readContacts', clu)).toBe(true);
    for (const who of [drmmManager, drmmAgent, dctajManager, analyst, ...forbach]) expect(can(who, 'committee.readContacts', clu)).toBe(false);
    expect(can(null, 'committee.readContacts', clu)).toBe(false);
  });
});

describe('proposal.moveOn', () => {
  const routedToDctaj = { committee: clu, routedDirectorateIds: ['dctaj'] };

  it('lets whoever runs the committee and the directorates it is routed to move it on', () => {
    for (const who of [administrator, drmmManager, secretary, dctajManager, dctajAgent]) expect(can(who, 'proposal.moveOn', routedToDctaj)).toBe(true);
  });

  it('refuses other directorates, analysts and other tenants', () => {
    for (const who of [drmmAgent, analyst, identity(Role.ANALYST, { directorateId: 'dctaj' }), ...forbach]) expect(can(who, 'proposal.moveOn', routedToDctaj)).toBe(false);
    expect(can(dctajAgent, 'proposal.moveOn', { committee: clu, routedDirectorateIds: ['dlp'] })).toBe(false);
    expect(() => authorize(drmmAgent, 'proposal.moveOn', routedToDctaj)).toThrow('directions saisies');
  });
});

describe('actionPlan.create', () => {
  it('opens a committee’s plan for those who run the committee, a plan of the services for administrators', () => {
    for (const who of [administrator, drmmManager, secretary]) expect(can(who, 'actionPlan.create', cluPlan)).toBe(true);
    for (const who of [drmmAgent, dctajManager, analyst, ...forbach]) expect(can(who, 'actionPlan.create', cluPlan)).toBe(false);
    expect(can(administrator, 'actionPlan.create', servicesPlan)).toBe(true);
    for (const who of [drmmManager, secretary, dctajManager, analyst, ...forbach]) expect(can(who, 'actionPlan.create', servicesPlan)).toBe(false);
  });
});

describe('actionPlan.manage', () => {
  it('lets administrators and whoever runs the plan’s committee change it, in their tenant', () => {
    for (const who of [administrator, drmmManager, secretary]) expect(can(who, 'actionPlan.manage', cluPlan)).toBe(true);
    for (const who of [drmmAgent, dctajManager, dctajAgent, analyst, ...forbach]) expect(can(who, 'actionPlan.manage', cluPlan)).toBe(false);
    expect(can(administrator, 'actionPlan.manage', servicesPlan)).toBe(true);
    expect(can(drmmManager, 'actionPlan.manage', servicesPlan)).toBe(false);
    expect(() => authorize(dctajManager, 'actionPlan.manage', cluPlan)).toThrow("plan d'actions");
  });
});

describe('action.reportProgress', () => {
  const dctajAction = { plan: cluPlan, ownerDirectorateId: 'dctaj' };

  it('lets the directorate in charge and the plan’s managers report progress', () => {
    for (const who of [administrator, drmmManager, secretary, dctajManager, dctajAgent]) expect(can(who, 'action.reportProgress', dctajAction)).toBe(true);
  });

  it('refuses other directorates, analysts and other tenants', () => {
    for (const who of [drmmAgent, identity(Role.AGENT, { directorateId: 'dlp' }), identity(Role.ANALYST, { directorateId: 'dctaj' }), ...forbach]) expect(can(who, 'action.reportProgress', dctajAction)).toBe(false);
    expect(can(null, 'action.reportProgress', dctajAction)).toBe(false);
    expect(() => authorize(drmmAgent, 'action.reportProgress', dctajAction)).toThrow('direction pilote');
  });
});
