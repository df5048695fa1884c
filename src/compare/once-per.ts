/**
 * `read`, worked out once per key (a wording, an article's tags) and remembered while the key lives: what a check reads
 * of a whole wording it asks again each time it sets the wording against another. The value is shared: never change it.
 */
export function oncePer<K extends object, T>(read: (key: K) => T): (key: K) => T {
  const known = new WeakMap<K, T>();
  return (key) => {
    let hit = known.get(key);
    if (hit === undefined) {
      hit = read(key);
      known.set(key, hit);
    }
    return hit;
  };
}
