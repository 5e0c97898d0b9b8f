// Migration 0005: steps the desk records on someone else's behalf (代录). The event keeps
// its actor (the signed-in recorder) and now also who the step was for: a name always, an
// account when that person has one (so the core can tell who may verify a feedback).
export default /* sql */ `
ALTER TABLE case_event ADD COLUMN on_behalf_name TEXT;
ALTER TABLE case_event ADD COLUMN on_behalf_user_id INTEGER REFERENCES app_user(id);
`;
