import { badInput, conflict, ErrorCode, notFound, isUuid } from '@qualipref/server-kit';
import { DimensionAssignment, Finding } from '../entities/index.js';
import { campaignState, findCampaign } from './campaigns.js';
import type { OrganizationLookups } from '@qualipref/organization-client';
import { refused, type Caller, type UseCase } from './deps.js';
import { authorize } from './policy.js';
import { CampaignState, type Dimension, type FindingKind } from './enums.js';
import { campaignResults, publicationSummary } from './results.js';
import { optionalText, requiredText } from './labels.js';

/** Publishes a closed campaign's results: the summary is kept as it is today. */
export async function publishResults(u: UseCase, campaignId: string) {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  const campaign = await findCampaign(u.em, campaignId);
  if (campaign.tenantId !== u.identity.tenantId) throw notFound('Enquête');
  const state = campaignState(campaign, u.clock.today());
  if (state === CampaignState.PUBLISHED) throw refused(ErrorCode.CONFLICT, 'CAMPAIGN_PUBLISHED', 'Les résultats de cette enquête sont déjà publiés.');
  if (state !== CampaignState.CLOSED) throw refused(ErrorCode.CONFLICT, 'CAMPAIGN_NOT_CLOSED', `Les résultats se publient une fois l'enquête close (le ${campaign.closesOn}).`);
  const summary = publicationSummary(await campaignResults(u.em, campaign));
  const findings = await u.em.find(Finding, { campaign }, { orderBy: { createdAt: 'asc' } });
  campaign.publication = { ...summary, findings: findings.map((f) => ({ id: f.id, kind: f.kind, dimension: f.dimension ?? null, text: f.text })) };
  campaign.publishedAt = new Date();
  campaign.publishedBy = u.identity.userId;
  u.audit({ operation: 'publishResults', entityType: 'Campaign', entityId: campaign.id, changes: [{ field: 'publishedAt', from: null, to: campaign.publishedAt.toISOString() }] });
  return campaign;
}

export interface FindingInput {
  kind: FindingKind;
  text: string;
  dimension?: Dimension | null;
  questionKey?: string | null;
}

export async function addFinding(u: UseCase, campaignId: string, input: FindingInput): Promise<Finding> {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  const campaign = await findCampaign(u.em, campaignId);
  if (campaign.tenantId !== u.identity.tenantId) throw notFound('Enquête');
  if (campaign.publishedAt) throw refused(ErrorCode.CONFLICT, 'CAMPAIGN_PUBLISHED', 'Les résultats de cette enquête sont publiés : ses constats ne changent plus.');
  const questionKey = optionalText(input.questionKey, 'questionKey', 60);
  const finding = u.em.create(Finding, {
    tenantId: campaign.tenantId,
    campaign,
    kind: input.kind,
    text: requiredText(input.text, 'text', 2000),
    dimension: input.dimension ?? null,
    questionKey,
    createdBy: u.identity.userId,
  });
  u.audit({ operation: 'addFinding', entityType: 'Finding', entityId: finding.id, changes: [{ field: 'text', from: null, to: finding.text }] });
  return finding;
}

/** What assigning a dimension asks the organization first: the directorate. */
export function dimensionLookups(c: Caller, directorateId: string): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, { directorates: [directorateId] });
}

/** Says which directorate answers for a dimension (it then sees it among its own). */
export async function assignDimension(u: UseCase, dimension: Dimension, directorateId: string, assigned: boolean, org: OrganizationLookups): Promise<DimensionAssignment[]> {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  if (!isUuid(directorateId)) throw badInput('Direction inconnue.', 'directorateId');
  org.assertDirectoratesOfTenant([directorateId], u.identity.tenantId, 'directorateId');
  const existing = await u.em.findOne(DimensionAssignment, { tenantId: u.identity.tenantId, dimension, directorateId });
  if (assigned && existing) throw conflict('Cette direction répond déjà de cette dimension.', 'dimension');
  if (!assigned && !existing) throw notFound('Attribution');
  if (assigned) u.em.create(DimensionAssignment, { tenantId: u.identity.tenantId, dimension, directorateId });
  else u.em.remove(existing!);
  u.audit({ operation: assigned ? 'assignDimension' : 'unassignDimension', entityType: 'DimensionAssignment', entityId: directorateId, changes: [{ field: 'dimension', from: assigned ? null : dimension, to: assigned ? dimension : null }] });
  await u.em.flush();
  return u.em.find(DimensionAssignment, { tenantId: u.identity.tenantId, directorateId });
}
