export { CorrespondencePage } from './CorrespondencePage.js';
// The directorates query, for the remotes' tests that answer it.
export { DIRECTORATES_OF_TENANT } from './queries.js';
