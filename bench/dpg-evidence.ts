// Builds an evaluation set nobody on the team wrote: the SDG evidence texts of the DPG registry (read from the
// shared data folder at run time, never copied). Each evidence text is a True row for the SDG it argues for,
// and a False row for one SDG its product does not claim at all (chosen deterministically).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalRow } from '../src/domain/classify/eval-csv.ts';
import { sharedData } from '../test/helpers/shared-data.ts';

export interface Nominee { name?: string; description?: string; SDGs?: { SDGNumber?: number; evidenceText?: string }[] }

/** Every record of one folder of the DPG registry ('nominees', 'archive', 'digitalpublicgoods'…), in file-name order. */
export function readNominees(folder: string): Nominee[] {
  const dir = sharedData('dpga-publicgoods-candidates', folder);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Nominee);
}

/** Rows from the DPG registry's SDG evidence texts, from the given folders ('nominees' for tuning, 'archive' held out). */
export function dpgEvidenceRows(folders: string[]): EvalRow[] {
  const rows: EvalRow[] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    for (const nominee of readNominees(folder)) {
      const claims = (nominee.SDGs ?? []).filter((s) => typeof s.SDGNumber === 'number');
      const claimed = new Set(claims.map((s) => s.SDGNumber!));
      for (const claim of claims) {
        const text = (claim.evidenceText ?? '').replace(/\s+/g, ' ').trim();
        if (text.length < 60 || seen.has(text)) continue;
        seen.add(text);
        rows.push({ text, sdg: claim.SDGNumber!, label: true });
        let other = ((text.length * 7 + claim.SDGNumber! * 3) % 17) + 1;
        while (claimed.has(other)) other = (other % 17) + 1;
        if (claimed.size < 17) rows.push({ text, sdg: other, label: false });
      }
    }
  }
  return rows;
}
