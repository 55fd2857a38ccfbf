// Stand-ins for what a test file sets up in its hooks (a fake server, a database, a running app).
// The use…() helpers register the vitest hooks that make and dispose of the real thing and return
// a stand-in that the file names once, at its top: every property read goes to the one of the
// moment. Read it inside tests and hooks only (destructuring it at the top would read too early).
export function standIn<T extends object>(what: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const value = current();
      if (value === undefined) throw new Error(`${what} exists only while a test or hook runs`);
      return Reflect.get(value, key) as unknown;
    },
  });
}
