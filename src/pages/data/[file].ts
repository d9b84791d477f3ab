/** The downloads: /data/deals.csv, deals.json, facts.csv, facts.json, built from the collections. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { dealRecords, factRecords, getDealRows, getLedger } from '../../lib/ledger.ts';

const FILES = ['deals.csv', 'deals.json', 'facts.csv', 'facts.json'] as const;
type File = (typeof FILES)[number];

export const getStaticPaths = (() => FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params.file as File;
  const records = file.startsWith('deals')
    ? dealRecords(await getDealRows())
    : factRecords(await getLedger());
  if (file.endsWith('.json')) {
    return new Response(`${JSON.stringify(records, null, 2)}\n`, {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  return new Response(stringify(records, { header: true, cast: { boolean: String } }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
