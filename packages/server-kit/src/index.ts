import 'reflect-metadata';

export { AuditEntry, AUDIT_TABLE, changedFields, diffSnapshots, recordAudit, snapshot, type AuditInput, type FieldChange } from './audit.js';
export { isoDate, isUuid, optionalIsoDate, optionalText, requiredText, type Patch } from './validation.js';
export { readHttpConfig, readServiceConfig, integerSetting, DEFAULT_ISSUER, type HttpConfig, type ServiceConfig } from './config.js';
export { RequestContext, Loaders, assertOutsideTransaction, requestIdFrom, type Caller, type UseCase } from './context.js';
export { openDatabase, migrate, readMigrations, grantAppRole, withClient, quoteIdent, type Database } from './database.js';
export { DomainError, ErrorCode, badInput, conflict, forbidden, notFound, unauthenticated, formatError, fromDatabaseError } from './errors.js';
export { buildFederatedSchema, subgraphSdl, type ReferenceResolver } from './federation.js';
export { createHttpServer, listen, closeServer, sendJson, type RouteHandler } from './http.js';
export { createLogger, type Logger } from './logger.js';
export { metrics, renderMetrics } from './metrics.js';
export { adminDatabaseUrl, createScratchDatabase, createMigration, pendingSchemaChanges, type ScratchDatabase } from './migrations.js';
export { CsvImportIssue, CsvImportReport, ImportModeEnum, type ImportModeValue } from './import-report.js';
export { ConnectionType, PageArgs, PageInfo, paginate, paginateChildren, checkPageArgs, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ChildListOptions, type Connection } from './pagination.js';
export { startSubgraph, runSubgraph, stopOnSignals, buildSubgraphSchemaOf, type Document, type DocumentHandler, type SubgraphDefinition, type SubgraphEnvironment, type RunningSubgraph } from './subgraph.js';
export { idProperty, requestSession, tenantPolicies, timestampProperties, tenantScoped, tenantIdProperty, tenantSession, TENANT_VARIABLE, READABLE_TENANTS_VARIABLE } from './tenancy.js';
export { AuditEntryType, AuditFieldChangeType, AuditTrailFilter, createAuditTrailResolver } from './audit-graphql.js';
export { requestLogPlugin } from './request-log.js';
