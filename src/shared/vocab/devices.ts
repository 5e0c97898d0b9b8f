// The kinds of device, zod-free so the renderer can import them without building the API's schemas.
export const DEVICE_KINDS = ['door_reader', 'smoke', 'gas', 'button'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];
