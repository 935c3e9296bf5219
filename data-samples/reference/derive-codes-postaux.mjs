// Derives codes_postaux_2026.csv (code_insee;code_postal, one row per pair, current communes only, sorted) from
// data/communes.json of the npm package @etalab/decoupage-administratif 6.0.0 (data: Licence Ouverte; code: MIT),
// the same release the COG 2026 CSVs of this folder come from.
//
//   cd /tmp && npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
//   node derive-codes-postaux.mjs /tmp/package/data/communes.json > codes_postaux_2026.csv
//
// Municipal arrondissements (Paris, Lyon, Marseille) are not current communes: their postal codes are already
// listed on their commune (75056, 69123, 13055). Communes without a postal code (a few in the overseas
// collectivities) have no row.
import {readFileSync} from 'node:fs';

const communes = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pairs = [];
for (const commune of communes) {
  if (commune.type !== 'commune-actuelle') continue;
  for (const postalCode of new Set(commune.codesPostaux ?? [])) pairs.push([commune.code, postalCode]);
}
pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
process.stdout.write('code_insee;code_postal\n' + pairs.map(p => p.join(';')).join('\n') + '\n');
