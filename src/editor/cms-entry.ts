// What the web editor's page does to an entry just before saving it (pure, so it is tested in
// Node; cms-client.ts applies it to Decap's entry).

/**
 * Paths of object keys whose value is empty ('' or null). Decap writes a field the editor typed
 * into and cleared as `publisher: ''`, which the schema rejects (an optional text must be
 * absent, not empty); these keys are removed instead. List items are left alone, so the paths
 * stay valid while they are deleted one by one.
 */
export function emptyFieldPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => emptyFieldPaths(item, [...at, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    child === '' || child === null || child === undefined ? [[...at, key]] : emptyFieldPaths(child, [...at, key]),
  );
}
