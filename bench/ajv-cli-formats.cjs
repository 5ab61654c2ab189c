// Formats for ajv-cli (`ajv validate -c ./bench/ajv-cli-formats.cjs ...`), so it checks what danvan checks:
// ajv-formats' `email` and danvan's custom `ngay` date format.
//
// ajv-cli 5 loads `-c` modules with require(), and danvan's dist/ is ESM, so dist/formats.js cannot be
// required from here on Node 20. This is the same algorithm as src/core/dates.ts (toIsoDate), on the same
// date-fns functions; validate-bench.mjs checks the two agree before timing anything.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- ajv-cli require()s this module, so it is CommonJS */

const addFormats = require('ajv-formats');
const { isValid } = require('date-fns/isValid');
const { parseISO } = require('date-fns/parseISO');

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const VIETNAMESE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function isNgay(text) {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const vietnamese = VIETNAMESE.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : vietnamese
      ? [vietnamese[3], vietnamese[2], vietnamese[1]]
      : [];
  if (year === undefined || month === undefined || day === undefined) return false;
  const parsed = parseISO(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
  return isValid(parsed) && parsed.getDate() === Number(day) && parsed.getMonth() + 1 === Number(month);
}

module.exports = function addDanvanFormats(ajv) {
  addFormats(ajv, ['email']);
  ajv.addFormat('ngay', { type: 'string', validate: isNgay });
};
module.exports.isNgay = isNgay;
