import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { toIsoDate } from '../core/dates.js';
import type { Kind } from '../core/kinds.js';

// ajv-formats is CommonJS; under NodeNext its default export sits one level down.
const addFormats = addFormatsPlugin.default;

export type SchemaSource = (kind: Kind) => object;

/** Compiles each kind's schema once, on first use, so validating one file compiles one schema. */
export class SchemaRegistry {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
  private readonly compiled = new Map<Kind, ValidateFunction>();

  constructor(private readonly source: SchemaSource) {
    addFormats(this.ajv, ['email']);
    this.ajv.addFormat('ngay', { type: 'string', validate: (value: string) => toIsoDate(value) !== undefined });
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
