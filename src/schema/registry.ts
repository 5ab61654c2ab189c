import type { ErrorObject } from 'ajv';
import type { Kind } from '../core/kinds.js';

export type SchemaSource = (kind: Kind) => object;

/** A compiled schema: ajv's validate function shape, whether compiled now or at build time. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface SchemaRegistry {
  validator(kind: Kind): Validator;
}

// Written next to this module by `npm run build`; absent when running from src/ (tests).
const PRECOMPILED = './validators.js';

export const precompiledExportName = (kind: Kind): string => `validate_${kind.replace(/-/g, '_')}`;

/** Precompiled validators when the build made them (fast start), else ajv compiling lazily per kind. */
export async function loadSchemaRegistry(source: SchemaSource): Promise<SchemaRegistry> {
  try {
    const module = (await import(PRECOMPILED)) as Record<string, Validator>;
    return {
      validator: (kind) => {
        const validate = module[precompiledExportName(kind)];
        if (!validate) throw new Error(`validators.js lacks ${kind}: run npm run build`);
        return validate;
      },
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    const { RuntimeSchemaRegistry } = await import('./compile-runtime.js');
    return new RuntimeSchemaRegistry(source);
  }
}
