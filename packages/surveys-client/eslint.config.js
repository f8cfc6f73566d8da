export { default } from '@qualipref/eslint-config';
