export { CorrespondencePage } from './CorrespondencePage.js';
export { Items } from './Items.js';
export { Tableau } from './Tableau.js';
export { YearSelect, selectableYears, yearPeriod, type Period } from './period.js';
export { DIRECTORATES_OF_TENANT, DIRECTORATE_ITEMS, DIRECTORATE_TABLEAU } from './queries.js';
