// The registers the importer reads and the column it leaves alone, zod-free so the renderer can import them without building the API's schemas.
/** The registers the importer reads. Buildings, tenants, Party organisations, Party members,
 *  grid staff and facilities plug in as further column specs + row validators. */
export const IMPORT_REGISTERS = ['residents', 'gridStaff', 'buildings', 'tenants', 'facilities', 'partyOrgs', 'partyMembers'] as const;
export type ImportRegister = (typeof IMPORT_REGISTERS)[number];

/** A column the user tells the importer to leave alone. */
export const IGNORE_COLUMN = 'ignore';
