// The filler lives in bench/ as plain JavaScript so that the import benchmark can use it without a build step.
export { fillForm } from '../../bench/fill-form.mjs';
