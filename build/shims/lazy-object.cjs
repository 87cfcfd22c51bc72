// An object that stands for one loaded on first use (build/catalog-parts.ts): every read — a
// property, `in`, Object.keys, a spread, JSON.stringify — loads the real one once and reads it.
// The catalogs are plain data, so these few operations are all a reader can do with them.
'use strict';

module.exports = function lazyObject(load) {
  let target;
  const real = () => {
    if (target === undefined) target = load();
    return target;
  };
  return new Proxy(
    {},
    {
      get: (_, key) => real()[key],
      has: (_, key) => key in real(),
      ownKeys: () => Reflect.ownKeys(real()),
      getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(real(), key),
      getPrototypeOf: () => Object.getPrototypeOf(real()),
    },
  );
};
