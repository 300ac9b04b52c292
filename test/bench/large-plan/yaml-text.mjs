// YAML scalars: plain where a person would write them plain, quoted otherwise.

const RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n|[-+]?[0-9.][0-9.:_eE+-]*)$/i;
export function str(value) {
  const s = String(value);
  const plain = /^[A-Za-z0-9€$(][^\n]*$/.test(s) && !/: |:$| #|\t/.test(s) && !RESERVED.test(s) && s.trim() === s;
  return plain ? s : JSON.stringify(s);
}
// In flow collections ([a, b] and { k: v }) commas and brackets are special too.
export const flowStr = (value) => (/[,[\]{}]/.test(String(value)) ? JSON.stringify(String(value)) : str(value));
export const flowList = (items) => `[${items.map(flowStr).join(', ')}]`;
