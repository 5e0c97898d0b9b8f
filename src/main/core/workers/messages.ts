// What passes between the query thread and a core worker thread.
import type { ApiErrorShape } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { ReadTaskName } from './readTasks';

export interface ReadWorkerData {
  mode: 'read';
  dbFile: string;
  keyHex: string;
  nativeBinding: string | null;
}

export interface TaskRequest {
  id: number;
  task: ReadTaskName;
  input: unknown;
  now: number;
  user: UserView;
}

export type TaskReply =
  | { id: number; kind: 'progress'; fraction: number; stage: string }
  | { id: number; kind: 'done'; result: unknown }
  | { id: number; kind: 'error'; error: ApiErrorShape };
