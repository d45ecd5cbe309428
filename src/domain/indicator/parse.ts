import type { ImportFormat } from './indicator.ts';
import type { ParseOptions, ParseResult } from './parse-common.ts';
import { parseItuDataHub } from './parse-itu-datahub.ts';
import { parseOpenSdg } from './parse-open-sdg.ts';
import { parseOwid } from './parse-owid.ts';
import { parseWorldBank } from './parse-worldbank.ts';

/** Parses a file's text in the given source format: rows, rejects with line and reason, skipped rows. */
export function parseIndicatorFile(format: ImportFormat, text: string, opts: ParseOptions & { fileName?: string }): ParseResult {
  switch (format) {
    case 'itu-datahub':
      return parseItuDataHub(text, opts);
    case 'open-sdg':
      return parseOpenSdg(text, opts);
    case 'worldbank':
      return parseWorldBank(text, opts);
    case 'owid':
      return parseOwid(text, opts);
  }
}
