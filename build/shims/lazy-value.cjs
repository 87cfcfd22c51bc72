// A value that stands for one loaded on first use (build/catalog-parts.ts, build/lazy-parts.ts):
// every read loads the real one once and reads it.
//
// - An object (a catalog, a table): a property, `in`, Object.keys, a spread, JSON.stringify.
// - A function or class: a call, `new`, a static property, instanceof. Only these: the stand-in's
//   own keys are not the real function's (code that lists a class's own keys gets none of them).
'use strict';

function lazyObject(load) {
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
}

function lazyFunction(load) {
  let target;
  const real = () => {
    if (target === undefined) target = load();
    return target;
  };
  // A plain function (not an arrow, not a class) as the target: it can be called and constructed,
  // and its own `prototype` is writable, so reading the real one through `get` breaks no invariant.
  const stand = new Proxy(function lazyFunction() {}, {
    apply: (_, self, args) => Reflect.apply(real(), self, args),
    construct: (_, args, newTarget) => Reflect.construct(real(), args, newTarget === stand ? real() : newTarget),
    get: (_, key) => real()[key],
    has: (_, key) => key in real(),
  });
  return stand;
}

module.exports = { lazyObject, lazyFunction };
