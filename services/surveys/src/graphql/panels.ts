import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { ConnectionType, type Connection, PageArgs, paginate, isUuid } from '@qualipref/server-kit';
import { Panel, PanelMember } from '../entities/index.js';
import { Civility, PanelKind, PanelOffice } from '../domain/enums.js';
import * as campaigns from '../domain/campaigns.js';
import { can } from '../domain/policy.js';
import { childPages, type Context } from './context.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type PanelRow = Panel;
type MemberRow = PanelMember;

registerEnumType(PanelKind, {
  name: 'PanelKind',
  description: 'Who a panel is.',
  valuesConfig: {
    HALL_USERS: { description: 'Les usagers présents dans le hall (anonymes).' },
    ELECTED_OFFICIALS: { description: "Maires et présidents d'EPCI d'un arrondissement." },
    CONFIGURED_LIST: { description: "Toute liste configurée (p. ex. une association d'élus)." },
  },
});

registerEnumType(Civility, {
  name: 'Civility',
  description: 'How a person is addressed.',
  valuesConfig: { MADAME: { description: 'Madame.' }, MONSIEUR: { description: 'Monsieur.' } },
});

registerEnumType(PanelOffice, {
  name: 'PanelOffice',
  description: 'The office an invitation’s greeting names (« Monsieur le Maire », « Madame la Présidente »).',
  valuesConfig: {
    MAYOR: { description: 'Maire.' },
    PRESIDENT: { description: 'Président(e) d’un EPCI ou d’une association d’élus.' },
  },
});

@ObjectType('SurveyPanel', { description: 'Who a campaign asks.' })
export class PanelType {
  @Field(() => ID, { description: 'Identifier of the panel.' })
  id!: string;

  @Field(() => String, { description: 'Name of the panel.' })
  name!: string;

  @Field(() => PanelKind, { description: 'Kind of panel.' })
  kind!: PanelKind;

  @Field(() => String, { nullable: true, description: 'What it is made of and why.' })
  description!: string | null;
}

@ObjectType('PanelMember', { description: 'A person of a listed panel, invited by e-mail.' })
export class PanelMemberType {
  @Field(() => ID, { description: 'Identifier of the member.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Commune, EPCI or association they speak for.' })
  organization!: string;

  @Field(() => String, { description: 'Position (maire, président d’EPCI…).' })
  position!: string;

  @Field(() => Civility, { nullable: true, description: 'Madame or Monsieur; null when unknown (the invitation then opens with « Madame, Monsieur »).' })
  civility!: Civility | null;

  @Field(() => PanelOffice, { nullable: true, description: 'The office the invitation’s greeting names; null for other positions (greeted by civility alone).' })
  office!: PanelOffice | null;

  @Field(() => Boolean, { description: 'Whether they are still invited.' })
  active!: boolean;
}

export const PanelConnection = ConnectionType(PanelType, 'SurveyPanel', 'A page of panels.');

export const PanelMemberConnection = ConnectionType(PanelMemberType, 'PanelMember', 'A page of panel members, by name.');

@InputType('PanelInput', { description: 'A new panel.' })
export class PanelInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => PanelKind, { description: 'Kind.' })
  kind!: PanelKind;

  @Field(() => String, { nullable: true, description: 'What it is made of and why.' })
  description?: string | null;
}

@InputType('PanelMemberInput', { description: 'A person of a listed panel.' })
export class PanelMemberInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Commune, EPCI or association.' })
  organization!: string;

  @Field(() => String, { description: 'Position.' })
  position!: string;

  @Field(() => Civility, { nullable: true, description: 'Madame or Monsieur, when known.' })
  civility?: Civility | null;

  @Field(() => PanelOffice, { nullable: true, description: 'The office the greeting names, when it is one.' })
  office?: PanelOffice | null;

  @Field(() => String, { nullable: true, description: 'Professional e-mail address for the invitation.' })
  email?: string | null;
}

@InputType('UpdatePanelMemberInput', { description: 'Changes to a panel member; omitted fields are kept.' })
export class UpdatePanelMemberInput {
  @Field(() => String, { nullable: true, description: 'Name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Commune, EPCI or association.' })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'Position.' })
  position?: string | null;

  @Field(() => Civility, { nullable: true, description: 'Madame or Monsieur (null: unknown).' })
  civility?: Civility | null;

  @Field(() => PanelOffice, { nullable: true, description: 'The office the greeting names (null: none).' })
  office?: PanelOffice | null;

  @Field(() => String, { nullable: true, description: 'E-mail address (null removes it).' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they are still invited.' })
  active?: boolean | null;
}

export const loadPanel = (ctx: Context, id: string) => ctx.loaders.byId<Panel>(Panel, 'Panel').load(id);

export const loadMember = (ctx: Context, id: string) => ctx.loaders.byId<PanelMember>(PanelMember, 'PanelMember').load(id);

@Resolver(() => PanelType)
export class PanelResolver {
  @Query(() => PanelConnection, { nullable: true, description: 'Panels of the readable tenants, by name.' })
  surveyPanels(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' }) tenantId?: string | null,
  ): Promise<Connection<Panel>> {
    return paginate(ctx.em, Panel, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { name: 'asc' });
  }

  @Query(() => PanelType, { nullable: true, description: 'One panel; null when unknown or not readable.' })
  surveyPanel(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the panel.' }) id: string) {
    ctx.requireIdentity();
    return isUuid(id) ? loadPanel(ctx, id) : null;
  }

  @FieldResolver(() => PanelMemberConnection, { description: 'Its members, by name.' })
  members(@Ctx() ctx: Context, @Root() panel: PanelRow, @Args(() => PageArgs) page: PageArgs): Promise<Connection<PanelMember>> {
    return childPages(ctx, PanelMember, 'panel-members', panel.id, page, { parent: 'panel', orderBy: 'name' });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may add members to this panel and change them: managers and administrators of its tenant.' })
  viewerCanManage(@Ctx() ctx: Context, @Root() panel: PanelRow): boolean {
    return can(ctx.identity, 'surveys.manage', panel);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller reads its members’ e-mail addresses (PanelMember.email is null otherwise): managers and administrators of its tenant.' })
  viewerCanSeeEmails(@Ctx() ctx: Context, @Root() panel: PanelRow): boolean {
    return can(ctx.identity, 'surveys.seeMemberEmails', panel);
  }

  @Mutation(() => PanelType, { description: 'Creates a panel. Managers and administrators.' })
  createPanel(@Ctx() ctx: Context, @Arg('input', () => PanelInput, { description: 'The panel.' }) input: PanelInput) {
    return ctx.run((u) => campaigns.createPanel(u, input));
  }

  @Mutation(() => PanelMemberType, { description: 'Adds a person to a listed panel (not to the anonymous hall users).' })
  addPanelMember(
    @Ctx() ctx: Context,
    @Arg('panelId', () => ID, { description: 'The panel.' }) panelId: string,
    @Arg('input', () => PanelMemberInput, { description: 'The person.' }) input: PanelMemberInput,
  ) {
    return ctx.run((u) => campaigns.addPanelMember(u, panelId, input));
  }

  @Mutation(() => PanelMemberType, { description: 'Changes a panel member (deactivate to stop inviting them).' })
  updatePanelMember(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The member.' }) id: string,
    @Arg('input', () => UpdatePanelMemberInput, { description: 'The changes.' }) input: UpdatePanelMemberInput,
  ) {
    return ctx.run((u) => campaigns.updatePanelMember(u, id, input));
  }
}

@Resolver(() => PanelMemberType)
export class PanelMemberResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Professional e-mail address: shown to managers and administrators only (personal data).' })
  email(@Ctx() ctx: Context, @Root() member: MemberRow): string | null {
    return can(ctx.requireIdentity(), 'surveys.seeMemberEmails', member) ? (member.email ?? null) : null;
  }
}
