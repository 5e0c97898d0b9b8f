// Who imports in tests that call the import's functions directly: the administrator at the
// fixed demo anchor (the API passes the caller and the call's clock).
import type { RegisterActor } from '../../src/main/core/registers/changeLog';
import { TEST_ANCHOR } from './demoStreet';

export const ADMIN_IMPORTER: RegisterActor = { user: { id: 1, role: 'admin', communityId: null }, now: TEST_ANCHOR };
