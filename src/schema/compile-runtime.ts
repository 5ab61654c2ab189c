import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import type { Kind } from '../core/kinds.js';
import { validationFormats } from './formats.js';
import type { SchemaRegistry, SchemaSource } from './registry.js';

// ajv-formats is CommonJS; under NodeNext its default export sits one level down.
const addFormats = addFormatsPlugin.default;

/**
 * Compiles each kind's schema on first use. The CLI normally runs the validators precompiled at build time
 * (schemas/source/compile-validators.mjs, same options); this path serves tests run from src/.
 */
export class RuntimeSchemaRegistry implements SchemaRegistry {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
  private readonly compiled = new Map<Kind, ValidateFunction>();

  constructor(private readonly source: SchemaSource) {
    addFormats(this.ajv, ['email']);
    this.ajv.addFormat('ngay', validationFormats.ngay);
  }

  validator(kind: Kind): ValidateFunction {
    let validate = this.compiled.get(kind);
    if (!validate) {
      validate = this.ajv.compile(this.source(kind));
      this.compiled.set(kind, validate);
    }
    return validate;
  }
}
