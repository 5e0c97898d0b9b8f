// Shorter forms for the dense queue: every address starts with the city, district and
// street, and every grid name with its community; the table shows what differs.
export function shortAddress(address: string, prefix: string): string {
  return prefix && address.startsWith(prefix) && address.length > prefix.length ? address.slice(prefix.length) : address;
}

export function shortGridName(gridName: string, communityName: string): string {
  return communityName && gridName.startsWith(communityName) && gridName.length > communityName.length ? gridName.slice(communityName.length) : gridName;
}
