/** The kinds of file an officer handles, named by the top-level `loai:` key. */
export const KINDS = [
  'ke-hoach',
  'danh-muc-don-vi',
  'bo-tieu-chi',
  'dang-ky',
  'bao-cao',
  'cham-diem',
  'bien-ban',
  'de-nghi-khen-thuong',
] as const;

export type Kind = (typeof KINDS)[number];

/** Kinds a unit sends in (everything but the officer's own plan and registry). */
export type SubmissionKind = Exclude<Kind, 'ke-hoach' | 'danh-muc-don-vi' | 'bo-tieu-chi'>;

export const FORMAT_VERSION = 1;

export const isKind = (value: unknown): value is Kind => (KINDS as readonly unknown[]).includes(value);
