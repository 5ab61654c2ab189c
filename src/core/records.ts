/** Where a record came from: the file a unit sent and the line of the record in it. */
export interface Provenance {
  file: string;
  line: number;
  column: number;
  /** JSON pointer of the record, so a diagnostic can point at it precisely. */
  pointer: string;
}

/** A person listed in a registration or an award proposal. */
export interface PersonRecord {
  name: string;
  birthYear?: number;
  position?: string;
  workplace?: string;
  modelCode?: string;
  achievement?: string;
  award?: string;
  /** "ghi_chu" of an award proposal's entry, printed in the Phụ lục's "Ghi chú" column. */
  note?: string;
  source: Provenance;
}

/** A model (registration) or a collective nominee (award proposal). */
export interface CollectiveRecord {
  name: string;
  modelCode?: string;
  field?: string;
  achievement?: string;
  award?: string;
  /** "ghi_chu" of an award proposal's entry, printed in the Phụ lục's "Ghi chú" column. */
  note?: string;
  source: Provenance;
}

export interface VoteRecord {
  subject: string;
  name: string;
  yes: number;
  no: number;
  source: Provenance;
}

/** The records of one submission that the consolidated dataset carries. */
export interface SubmissionRecords {
  collectives: CollectiveRecord[];
  people: PersonRecord[];
  votes: VoteRecord[];
}
