import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { Kind } from '../core/kinds.js';
import { validationFormats } from './formats.js';

export type SchemaSource = (kind: Kind) => object;

/** A compiled schema: ajv's validate function shape, whether compiled now or at build time. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface SchemaRegistry {
  validator(kind: Kind): Validator;
}

const require = createRequire(import.meta.url);
// Written beside the bundled CLI (dist/validators/) by `npm run build`; absent next to src/schema/ (tests run from src).
const precompiledPath = (kind: Kind) => `./validators/${kind}.cjs`;

type CreateValidator = (formats: typeof validationFormats) => Validator;

// Compiling with ajv takes a tenth of a second a kind: a process that validates many times (the fuzzer, in-process
// tests) compiles each source's schemas once.
const runtimeRegistries = new WeakMap<SchemaSource, SchemaRegistry>();

/** Precompiled validators when the build made them (fast start, one module per kind on demand), else ajv at run time. */
export async function loadSchemaRegistry(source: SchemaSource): Promise<SchemaRegistry> {
  try {
    require.resolve(precompiledPath('dang-ky'));
  } catch {
    let registry = runtimeRegistries.get(source);
    if (!registry) {
      const { RuntimeSchemaRegistry } = await import('./compile-runtime.js');
      runtimeRegistries.set(source, (registry = new RuntimeSchemaRegistry(source)));
    }
    return registry;
  }
  const loaded = new Map<Kind, Validator>();
  return {
    validator: (kind) => {
      let validate = loaded.get(kind);
      if (!validate) {
        validate = (require(precompiledPath(kind)) as CreateValidator)(validationFormats);
        loaded.set(kind, validate);
      }
      return validate;
    },
  };
}
