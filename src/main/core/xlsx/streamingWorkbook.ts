// An exceljs streaming workbook whose bytes are gathered in memory: rows are committed as
// they are written (memory bounded by the zipped output, not by the rows), and `finish`
// answers the file once the zip stream has ended. Used by every workbook the core writes
// (ledger, register export, the import's rejected rows).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export interface StreamingWorkbook {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  /** Commits the workbook and answers its bytes. */
  finish(): Promise<Buffer>;
}

export function streamingWorkbook(): StreamingWorkbook {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  return {
    workbook,
    finish: async () => {
      await workbook.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
