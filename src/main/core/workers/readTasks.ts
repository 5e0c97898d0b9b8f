// The heavy reads that run in worker threads, each on the worker's own read-only
// connection: a year's ledger, a briefing, indicators and thematic figures over long
// periods, whole-street validation, service coverage, and the map's first payload (its
// first call after unlock reads every grid and household from a cold cache: ~65 ms at
// scale 1 that would hold every other call). Access is decided on the query
// thread before a task is sent; a task only computes.
import type { ApiOutput, ApiParsedInput } from '../../../shared/api';
import type { UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { buildBriefing } from '../briefing/buildBriefing';
import { computeCoverage } from '../coverage/computeCoverage';
import { validateStreet } from '../grids/validateStreet';
import { computeIndicators } from '../indicators/computeIndicators';
import { exportLedger } from '../ledger/exportLedger';
import { importErrors, importPreview } from '../registerImport/runImport';
import { exportRegister } from '../registerExport/exportRegister';
import { planGisImport } from '../gis/plan/planGisImport';
import { exportLayer } from '../gis/export/exportLayer';
import { mapBase } from '../services/mapBase';
import { computePartyFigures } from '../partyFigures/computePartyFigures';
import { exportUnitReport } from '../partyService/unitReportExport';
import { sharedCareFigure } from '../care/careFigure';
import { careList, careQueue } from '../care/careViews';
import { caseHeat } from '../thematic/caseHeat';
import { thematicGrids } from '../thematic/thematicGrids';

export interface TaskEnv {
  now: number;
  user: UserView;
  progress(fraction: number, stage: string): void;
}

type Task<M extends keyof ReadTaskMap> = (db: Db, input: ApiParsedInput<M>, env: TaskEnv) => ApiOutput<M> | Promise<ApiOutput<M>>;
interface ReadTaskMap {
  'ledger.export': true;
  'briefing.build': true;
  'indicators.compute': true;
  'grid.validate': true;
  'thematic.grids': true;
  'thematic.caseHeat': true;
  'coverage.compute': true;
  'register.import.preview': true;
  'register.import.errors': true;
  'register.export': true;
  'map.base': true;
  'gis.preview': true;
  'gis.export': true;
  'partyFigures.compute': true;
  'unitReport.export': true;
  'care.queue': true;
  'care.list': true;
  'wall.care': true;
}
export type ReadTaskName = keyof ReadTaskMap;

export const READ_TASKS: { [M in ReadTaskName]: Task<M> } = {
  'ledger.export': async (db, input, env) => {
    const file = await exportLedger(db, input, env.now, env.progress);
    return { fileName: file.fileName, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: file.bytes.toString('base64') };
  },
  'briefing.build': (db, input, env) => buildBriefing(db, input, env.now),
  'indicators.compute': (db, input, env) => computeIndicators(db, input, env.now),
  'grid.validate': (db, _input, env) => validateStreet(db, env.now),
  'thematic.grids': (db, input, env) => thematicGrids(db, input, env.now),
  'thematic.caseHeat': (db, input) => caseHeat(db, input),
  'coverage.compute': (db, input) => computeCoverage(db, input.kinds),
  // A register workbook read, checked and matched (the preview), or its rejected rows as a workbook.
  'register.import.preview': (db, input, env) => importPreview(db, input, { user: env.user, now: env.now }, env.progress),
  'register.import.errors': (db, input, env) => importErrors(db, input, { user: env.user, now: env.now }, env.progress),
  // A register to Excel with the columns its import reads, masked as the caller's role sees it.
  'register.export': (db, input, env) => exportRegister(db, input, env.user, env.now, env.progress),
  'map.base': (db, _input, env) => mapBase(db, env.now),
  // A GIS file read, converted, matched and checked with the grid rules (gis/plan), or a layer written as a file.
  'gis.preview': async (db, input) => (await planGisImport(db, input)).preview,
  'gis.export': (db, input, env) => exportLayer(db, input, new Date(env.now + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '')),
  'partyFigures.compute': (db, input) => computePartyFigures(db, input),
  // 双报告 as a workbook, members' names as the caller's role sees them.
  'unitReport.export': (db, input, env) => exportUnitReport(db, input, env.user, env.now, env.progress),
  // Every tagged resident's due visits at the clock (~0.6 s street-wide at scale 1), shaped for the caller's role.
  'care.queue': (db, input, env) => careQueue(db, env.user, env.now, input),
  'care.list': (db, input, env) => careList(db, env.user, env.now, input),
  // The wall's care figure: counts per grid, small numbers hidden (care/careFigure.ts).
  'wall.care': (db, input, env) => sharedCareFigure(db, env.now, input.communityId ?? null),
};
