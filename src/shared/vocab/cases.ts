// Case queues, work units and the handler's own steps, zod-free so the renderer can import them without building the API's schemas.
export const CASE_QUEUES = ['new', 'toDispatch', 'inProgress', 'overdue', 'awaitingVerification', 'supervised', 'closed', 'all'] as const;
export type CaseQueue = (typeof CASE_QUEUES)[number];

export const WORK_UNITS = ['work_hour', 'work_day'] as const;
export type WorkUnit = (typeof WORK_UNITS)[number];

/** The handler's own steps: the ones the desk records on a handler's behalf. */
export const HANDLER_STEPS = ['return', 'accept', 'feedback', 'requestExtension'] as const;
