/**
 * The stand-ins of the npm build's parts loaded on first use (build/shims/lazy-value.cjs): a
 * catalog or a library's class behaves as the real one for what the sources do with it, and the
 * real one is loaded once, at the first use, never before.
 */
import { createRequire } from 'node:module';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

const { lazyObject, lazyFunction } = createRequire(import.meta.url)('../../build/shims/lazy-value.cjs') as {
  lazyObject: <T extends object>(load: () => T) => T;
  lazyFunction: <T extends (...args: never[]) => unknown>(load: () => T) => T;
};

const test = suite('build: values loaded on first use');

function counted<T>(value: T): { load: () => T; loads: () => number } {
  let loads = 0;
  return {
    load: () => {
      loads++;
      return value;
    },
    loads: () => loads,
  };
}

test('an object reads as the real one: properties, in, keys, spread, JSON; loaded once, at the first read', () => {
  const real = { listSeparator: ', ', messages: { a: 'A {x}', b: 'B' } };
  const source = counted(real);
  const stand = lazyObject(source.load);
  assert.is(source.loads(), 0);
  assert.is(stand.listSeparator, ', ');
  assert.ok('messages' in stand);
  assert.not.ok('other' in stand);
  assert.equal(Object.keys(stand), ['listSeparator', 'messages']);
  assert.equal({ ...stand }, real);
  assert.is(JSON.stringify(stand), JSON.stringify(real));
  assert.ok(Object.hasOwn(stand, 'messages'));
  assert.is(source.loads(), 1);
});

test('a class reads as the real one: new, instanceof, static members, a call; loaded once, at the first use', () => {
  class Format {
    static formats = { number: {} };
    constructor(readonly text: string) {}
    format(): string {
      return `<${this.text}>`;
    }
  }
  const source = counted(Format);
  const Stand = lazyFunction(source.load as unknown as () => (...args: never[]) => unknown) as unknown as typeof Format;
  assert.is(source.loads(), 0);
  const made = new Stand('x');
  assert.is(made.format(), '<x>');
  assert.ok(made instanceof Format);
  assert.ok(made instanceof Stand);
  assert.is(Stand.formats, Format.formats);
  const plain = counted((a: number, b: number) => a + b);
  assert.is((lazyFunction(plain.load) as (a: number, b: number) => number)(2, 3), 5);
  assert.is(source.loads(), 1);
});

test('a subclass of a stand-in is built by the real class', () => {
  class Base {
    readonly kind = 'base';
  }
  const Stand = lazyFunction(counted(Base).load as unknown as () => (...args: never[]) => unknown) as unknown as typeof Base;
  class Derived extends Stand {
    readonly extra = 1;
  }
  const made = new Derived();
  assert.is(made.kind, 'base');
  assert.is(made.extra, 1);
  assert.ok(made instanceof Derived);
  assert.ok(made instanceof Base);
});

test.run();
