import type { Letterhead } from '@qualipref/documents';
import { forbidden, isUuid, type DocumentHandler, type RequestContext } from '@qualipref/server-kit';
import { AgendaItem, Invitation, Meeting, Minutes, MinutesSection, type Committee } from '../entities/index.js';
import type { CommitteesApp } from '../app.js';
import { attendanceSheetPdf, minutesPdf } from './pdf.js';

/**
 * The heading from the organization subgraph (the State's block, the tenant's clock, the
 * directorate and the service running the committee), asked over HTTP once the committee's rows
 * are read: each read is its own short transaction, closed before this call.
 */
async function head(ctx: RequestContext<CommitteesApp>, committee: Committee, date: Date): Promise<Letterhead> {
  const found = await ctx.app.organization.documentHead(committee.ownerDirectorateId, committee.secretariatServiceId ?? null, ctx.authorization ?? '');
  if (!found) throw forbidden();
  return {
    stateBlock: found.tenant.stateBlock,
    tenant: found.tenant.name,
    site: found.tenant.kind === 'PREFECTURE' ? 'Préfecture' : null,
    directorate: found.directorate.name,
    service: found.service?.name ?? null,
    place: found.tenant.city,
    date,
    timeZone: found.tenant.timeZone,
  };
}

/** GET /documents/committees/minutes/<id>.pdf */
export const minutesDocument: DocumentHandler<CommitteesApp> = async (ctx, path) => {
  const id = /^([0-9a-f-]{36})\.pdf$/i.exec(path[0] ?? '')?.[1];
  if (!id || !isUuid(id) || path.length !== 1) return null;
  const minutes = await ctx.em.findOne(Minutes, { id }, { populate: ['meeting', 'meeting.committee'] });
  if (!minutes) return null;
  const meeting = minutes.meeting as unknown as Meeting;
  const committee = meeting.committee as unknown as Committee;
  const sections = await ctx.em.find(MinutesSection, { minutes }, { populate: ['agendaItem'] });
  const body = await minutesPdf({
    head: await head(ctx, committee, minutes.publishedAt ?? minutes.validatedAt ?? minutes.updatedAt),
    title: `Relevé de conclusions : ${meeting.title}`,
    version: minutes.version,
    status: minutes.status,
    validatedAt: minutes.validatedAt ?? null,
    publishedAt: minutes.publishedAt ?? null,
    updatedAt: minutes.updatedAt,
    caseOfficers: minutes.caseOfficers ?? null,
    caseOfficerContacts: minutes.caseOfficerContacts ?? null,
    introduction: minutes.introduction ?? null,
    sections: sections
      .map((s) => ({ item: s.agendaItem as unknown as AgendaItem, s }))
      .sort((a, b) => a.item.position - b.item.position)
      .map(({ item, s }) => ({ position: item.position, title: item.title, presentation: s.presentation, conclusions: s.conclusions })),
    closing: minutes.closing ?? null,
    signatoryName: minutes.signatoryName ?? null,
    signatoryTitle: minutes.signatoryTitle ?? null,
  });
  return { filename: `releve-de-conclusions-v${minutes.version}.pdf`, contentType: 'application/pdf', body };
};

/** GET /documents/committees/meetings/<id>/attendance-sheet.pdf */
export const meetingDocument: DocumentHandler<CommitteesApp> = async (ctx, path) => {
  const [id, file] = path;
  if (!id || !isUuid(id) || file !== 'attendance-sheet.pdf' || path.length !== 2) return null;
  const meeting = await ctx.em.findOne(Meeting, { id }, { populate: ['committee'] });
  if (!meeting) return null;
  const committee = meeting.committee as unknown as Committee;
  const invitations = await ctx.em.find(Invitation, { meeting }, { orderBy: { name: 'asc' } });
  const body = await attendanceSheetPdf({
    head: await head(ctx, committee, meeting.scheduledAt),
    committee: committee.name,
    meeting: meeting.title,
    scheduledAt: meeting.scheduledAt,
    place: meeting.place,
    rows: invitations.map((i) => ({ name: i.name, organisation: i.organisation, attendance: i.attendance, representedBy: i.representedBy ?? null, signed: i.signed })),
  });
  return { filename: 'fiche-de-presence.pdf', contentType: 'application/pdf', body };
};
