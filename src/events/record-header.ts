/**
 * What every reader takes from one event record before it looks at the insertion strings; one
 * type, so the XML, JSON and CSV readers name and null these values alike.
 */
export interface RecordHeader {
  /** The parsed event id; null when the record had none that reads. */
  id: number | null;
  /** TimeCreated as the export wrote it; null when absent. */
  time: string | null;
  recordId: number | null;
  provider: string | null;
  log: string | null;
  computer: string | null;
}
