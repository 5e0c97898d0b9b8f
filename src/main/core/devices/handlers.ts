// The device API: the register, the sources' keys and the watched folder for
// administrators; device.ingest for the LAN endpoint, which needs no session but a source key.
import type { Role } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { HandlerMap } from '../api/handlers';
import { requireRole } from '../api/roles';
import { addDevice, addSource, deviceView, listDevices } from './deviceRegister';
import { editDevice, retireDevice } from './deviceEdit';
import { deviceHistory } from './deviceHistory';
import { sourceOfKey } from './sourceKeys';

type DeviceMethods = 'device.list' | 'device.add' | 'device.edit' | 'device.retire' | 'device.history' | 'device.addSource' | 'device.ingest' | 'device.scanFolder';

const ADMIN: readonly Role[] = ['admin'];

export const deviceHandlers: Pick<HandlerMap, DeviceMethods> = {
  'device.list': (input, ctx) => listDevices(ctx.db(), input, requireRole(ctx, ADMIN, 'read the device register'), ctx.now),
  'device.add': (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'register devices');
    const id = addDevice(ctx.db(), input, admin, ctx.now);
    return deviceView(ctx.db(), id, admin);
  },
  'device.edit': (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'edit devices');
    editDevice(ctx.db(), input, admin, ctx.now);
    return deviceView(ctx.db(), input.id, admin);
  },
  'device.retire': (input, ctx) => {
    const admin = requireRole(ctx, ADMIN, 'retire devices');
    retireDevice(ctx.db(), input, admin, ctx.now);
    return deviceView(ctx.db(), input.id, admin);
  },
  'device.history': (input, ctx) => deviceHistory(ctx.db(), input.id, requireRole(ctx, ADMIN, 'read a device\'s change history')),
  'device.addSource': (input, ctx) => addSource(ctx.db(), input.name, requireRole(ctx, ADMIN, 'create device sources'), ctx.now),
  'device.ingest': (input, ctx) => {
    const source = sourceOfKey(ctx.db(), input.key);
    if (!source) throw new ApiError('unauthorized', 'the device source key is not valid (unknown or revoked); nothing was written');
    return ctx.devices.ingest({ channel: 'endpoint', sourceId: source.id, name: `${source.name} ${ctx.origin.source}`.slice(0, 120), format: input.format, text: input.text });
  },
  'device.scanFolder': (_input, ctx) => {
    requireRole(ctx, ADMIN, 'scan the watched folder');
    return ctx.devices.scanFolder();
  },
};
