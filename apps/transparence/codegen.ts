// The platform's code generation settings: operations typed from the composed supergraph.
export { default } from '@qualipref/codegen-config';
