// Shorter forms for the dense queue: every address starts with the city, district and
// street; the table shows what differs. (Grids go by the shared gridLabel.)
export function shortAddress(address: string, prefix: string): string {
  return prefix && address.startsWith(prefix) && address.length > prefix.length ? address.slice(prefix.length) : address;
}
