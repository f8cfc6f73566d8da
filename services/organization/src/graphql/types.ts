import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '@qualipref/auth';
import { ConnectionType } from '@qualipref/server-kit';
import { ServiceKind, TenantKind } from '../domain/kinds.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'Role of a user within their tenant and directorate.',
  valuesConfig: {
    AGENT: { description: 'Handles the records of their own directorate.' },
    MANAGER: { description: 'Leads a directorate: writes everything the directorate owns.' },
    ANALYST: { description: 'Reads and queries; a préfecture analyst reads the three tenants.' },
    ADMINISTRATOR: { description: "Manages the tenant's organization and users; reads the audit trails." },
  },
});
registerEnumType(TenantKind, {
  name: 'TenantKind',
  description: 'Whether a tenant is the préfecture or a sous-préfecture.',
  valuesConfig: {
    PREFECTURE: { description: 'The préfecture (Metz), which may look across its sous-préfectures.' },
    SOUS_PREFECTURE: { description: 'A sous-préfecture (Forbach, Thionville).' },
  },
});
registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'What a unit of a directorate is called.',
  valuesConfig: {
    BUREAU: { description: 'Bureau.' },
    SERVICE: { description: 'Service.' },
    MISSION: { description: 'Mission (e.g. MACAP).' },
    POLE: { description: 'Pôle.' },
    CELLULE: { description: 'Cellule.' },
  },
});

@ObjectType('Tenant', { description: 'A préfecture or sous-préfecture: each has its own data, users and settings.' })
@Directive('@key(fields: "id")')
export class TenantType {
  @Field(() => ID, { description: 'Identifier of the tenant.' })
  id!: string;

  @Field(() => String, { description: 'Short stable code: metz, forbach, thionville.' })
  code!: string;

  @Field(() => TenantKind, { description: 'Préfecture or sous-préfecture.' })
  kind!: TenantKind;

  @Field(() => String, { description: 'Name shown in the console header, e.g. « Préfecture de la Moselle ».' })
  name!: string;

  @Field(() => String, { description: 'City of the seat.' })
  city!: string;

  @Field(() => ID, { nullable: true, description: 'For a sous-préfecture, the préfecture it belongs to.' })
  parentId!: string | null;
}

@ObjectType('Directorate', { description: 'A directorate ("direction") of a tenant; it owns its module in the console.' })
@Directive('@key(fields: "id")')
export class DirectorateType {
  @Field(() => ID, { description: 'Identifier of the directorate.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant the directorate belongs to.' })
  tenantId!: string;

  @Field(() => String, { description: 'Acronym, unique in its tenant: DRMM, DCTAJ, DLP…' })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the directorate does.' })
  description!: string | null;

  @Field(() => Boolean, { description: 'False once the directorate is closed; its records stay.' })
  active!: boolean;

  @Field(() => Date, { description: 'When it was created in the platform.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt!: Date;
}

@ObjectType('Service', { description: 'A service, bureau or mission within a directorate (e.g. the MACAP mission of the DRMM).' })
@Directive('@key(fields: "id")')
export class ServiceType {
  @Field(() => ID, { description: 'Identifier of the service.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant the service belongs to.' })
  tenantId!: string;

  @Field(() => String, { description: 'Acronym, unique in its tenant.' })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => ServiceKind, { description: 'Bureau, service, mission…' })
  kind!: ServiceKind;

  @Field(() => Boolean, { description: 'False once the service is closed.' })
  active!: boolean;

  @Field(() => Date, { description: 'When it was created in the platform.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt!: Date;
}

@ObjectType('User', { description: 'An agent of a tenant, with one directorate and one role.' })
@Directive('@key(fields: "id")')
export class UserType {
  @Field(() => ID, { description: 'Identifier of the user.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant of the user.' })
  tenantId!: string;

  @Field(() => String, { description: 'Professional e-mail address, used to sign in.' })
  email!: string;

  @Field(() => String, { description: 'Name as shown in the console.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. « Chef du bureau MACAP ».' })
  jobTitle!: string | null;

  @Field(() => Role, { description: 'Role within the tenant.' })
  role!: Role;

  @Field(() => Boolean, { description: 'False when the account is deactivated: it cannot sign in.' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'Last successful sign-in.' })
  lastSignInAt!: Date | null;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt!: Date;
}

@ObjectType('SignInPayload', { description: 'A successful sign-in: the bearer token to send as `Authorization: Bearer <token>`.' })
export class SignInPayload {
  @Field(() => String, { description: 'Short-lived JWT.' })
  token!: string;

  @Field(() => Date, { description: 'When the token expires: refresh the session before it (refreshSession).' })
  expiresAt!: Date;

  @Field(() => String, { description: 'Single-use refresh token: trade it with refreshSession for a new token and a new refresh token. Keep it secret.' })
  refreshToken!: string;

  @Field(() => Date, { description: 'End of the session: after it, sign in again.' })
  refreshExpiresAt!: Date;

  @Field(() => UserType, { description: 'The signed-in user.' })
  user!: UserType;
}

export const TenantConnection = ConnectionType(TenantType, 'Tenant', 'A page of tenants.');
export const DirectorateConnection = ConnectionType(DirectorateType, 'Directorate', 'A page of directorates, by acronym.');
export const ServiceConnection = ConnectionType(ServiceType, 'Service', 'A page of services, by acronym.');
export const UserConnection = ConnectionType(UserType, 'User', 'A page of users, by name.');

@InputType({ description: 'A new directorate of the administrator’s tenant.' })
export class CreateDirectorateInput {
  @Field(() => String, { description: 'Acronym, unique in the tenant (1–20 letters, digits, - or _).' })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the directorate does.' })
  description?: string | null;
}

@InputType({ description: 'Changes to a directorate; omitted fields stay as they are.' })
export class UpdateDirectorateInput {
  @Field(() => String, { nullable: true, description: 'New acronym.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; an empty string clears it.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Close (false) or reopen (true) the directorate.' })
  active?: boolean | null;
}

@InputType({ description: 'A new service within a directorate of the administrator’s tenant.' })
export class CreateServiceInput {
  @Field(() => ID, { description: 'Directorate the service belongs to.' })
  directorateId!: string;

  @Field(() => String, { description: 'Acronym, unique in the tenant.' })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => ServiceKind, { description: 'Bureau, service, mission…' })
  kind!: ServiceKind;
}

@InputType({ description: 'Changes to a service; omitted fields stay as they are.' })
export class UpdateServiceInput {
  @Field(() => ID, { nullable: true, description: 'Move the service to this directorate.' })
  directorateId?: string | null;

  @Field(() => String, { nullable: true, description: 'New acronym.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => ServiceKind, { nullable: true, description: 'New kind.' })
  kind?: ServiceKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Close (false) or reopen (true) the service.' })
  active?: boolean | null;
}

@InputType({ description: 'A new user of the administrator’s tenant.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Professional e-mail address, unique across the platform.' })
  email!: string;

  @Field(() => String, { description: 'Name as shown in the console.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  jobTitle?: string | null;

  @Field(() => ID, { description: 'Directorate of the user.' })
  directorateId!: string;

  @Field(() => ID, { nullable: true, description: 'Service of the user, within that directorate.' })
  serviceId?: string | null;

  @Field(() => Role, { description: 'Role of the user.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Initial password (at least 12 characters); omit for users of the external identity provider.' })
  password?: string | null;
}

@InputType({ description: 'Changes to a user; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: 'New e-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'New job title; an empty string clears it.' })
  jobTitle?: string | null;

  @Field(() => ID, { nullable: true, description: 'Move the user to this directorate.' })
  directorateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Move the user to this service (null: no service).' })
  serviceId?: string | null;

  @Field(() => Role, { nullable: true, description: 'New role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Deactivate (false) or reactivate (true) the account.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New password (at least 12 characters).' })
  password?: string | null;
}
