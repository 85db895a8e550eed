export function now(): number {
  return new Date().getTime();
}
