/**
 * Writes a synthetic Key Management Service log export (wevtutil /f:xml, 12290 only, newest
 * first) of `events` events, streamed to disk, with values known by construction so tests can
 * assert them exactly (kms-facts.md §4.5 field order, ten Data elements as in the sample):
 * - CLIENTS distinct machines, event i from client i % CLIENTS; every client with c % 100 === 1
 *   reuses the CMID of client c - 1 (a duplicate: CLIENTS / 100 CMIDs with two names each);
 * - every 10th client is a server (minimum count 5), the rest ask for 25;
 * - i % 200 === 7: 0xC004F042 for a product the table does not know; i % 500 === 3: 0xC004F06C
 *   with the client clock 5 hours ahead; every other request 0x0;
 * - times spread evenly over SPAN_DAYS before NEWEST, so the 30-day window holds every client.
 */
import { createWriteStream } from 'node:fs';

export const CLIENTS = 2000;
export const SPAN_DAYS = 60;
export const NEWEST = Date.UTC(2025, 2, 12, 12, 0, 0);
export const UNKNOWN_ACTIVATION_ID = '7dc26449-db21-4e09-ba37-28f2958506a6';
const WIN11_ENTERPRISE = '73111121-5638-40f6-bc11-f1d7b0d64300';
const WS2022_STANDARD = '9bd77860-9b31-4b7b-96ad-2564017315bf';

export interface Expected {
  events: number;
  distinctCmids: number;
  duplicateCmids: number;
  idMismatch: number;
  invalidTimestamp: number;
}

function cmidOf(client: number): string {
  const c = client % 100 === 1 ? client - 1 : client;
  return `${c.toString(16).padStart(8, '0')}-1111-4222-8333-${(c * 7919).toString(16).padStart(12, '0').slice(-12)}`;
}

function clientTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

function countMatching(n: number, mod: number, rest: number): number {
  return n > rest ? Math.floor((n - 1 - rest) / mod) + 1 : 0;
}

export function expected(events: number): Expected {
  return {
    events,
    distinctCmids: CLIENTS - CLIENTS / 100,
    duplicateCmids: CLIENTS / 100,
    idMismatch: countMatching(events, 200, 7),
    invalidTimestamp: countMatching(events, 500, 3),
  };
}

export async function generate12290(path: string, events: number): Promise<Expected> {
  const out = createWriteStream(path);
  const step = (SPAN_DAYS * 86_400_000) / events;
  let buffer = '';
  for (let i = 0; i < events; i++) {
    const ms = Math.round(NEWEST - i * step);
    const client = i % CLIENTS;
    const server = client % 10 === 0;
    let hresult = '0x0';
    let activationId = server ? WS2022_STANDARD : WIN11_ENTERPRISE;
    let clientMs = ms;
    if (i % 200 === 7) {
      hresult = '0xC004F042';
      activationId = UNKNOWN_ACTIVATION_ID;
    } else if (i % 500 === 3) {
      hresult = '0xC004F06C';
      clientMs = ms + 5 * 3_600_000;
    }
    buffer += `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-SPP'/><EventID Qualifiers='16384'>12290</EventID><Level>4</Level><TimeCreated SystemTime='${new Date(ms).toISOString()}'/><EventRecordID>${events - i}</EventRecordID><Channel>Key Management Service</Channel><Computer>kms01.contoso.com</Computer></System><EventData><Data></Data><Data>${hresult}</Data><Data>${server ? 5 : 25}</Data><Data>${server ? 'srv' : 'ws'}${String(client).padStart(5, '0')}.contoso.com</Data><Data>${cmidOf(client)}</Data><Data>${clientTime(clientMs)}</Data><Data>${server ? 1 : 0}</Data><Data>1</Data><Data>259199</Data><Data>${activationId}</Data></EventData></Event>\r\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return expected(events);
}
