export { Role, ROLES, isRole, type Identity } from './roles.js';
export { TokenError, type TokenProblem } from './errors.js';
export { claimsToIdentity, identityToClaims, type PlatformClaims } from './claims.js';
export { LocalIssuer, type IssuedToken } from './issuer.js';
export { createTokenVerifier, type TokenVerifier, type VerifierOptions } from './verifier.js';
export { hashPassword, verifyPassword, passwordProblem } from './passwords.js';
export { hashOpaqueToken, isOpaqueToken, newOpaqueToken } from './opaque-tokens.js';
