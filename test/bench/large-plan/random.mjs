// The seeded PRNG shared by every section, and the random helpers built on it.
// One instance for the whole plan: the order of random() calls decides the output.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const random = mulberry32(20270104);
export const int = (min, max) => min + Math.floor(random() * (max - min + 1));
export const pick = (list) => list[Math.floor(random() * list.length)];
export const chance = (p) => random() < p;
export function sample(list, n) {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return out;
}
