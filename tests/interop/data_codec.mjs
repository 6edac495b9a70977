// Reference side of interop_tst_data_codec: DataProtector's own schema extraction and zip
// (from @iexec/dataprotector's data utilities) and the enclave-side reader
// @iexec/dataprotector-deserializer, applied to the objects the C++ side serialised.
// stdin: { cases: [{ name, zip, sdkZip, object }] } where object is a tagged tree:
//   [[key, { t: "bool", v } | { t: "f64", bits: hex8 } | { t: "i128", v: "decimal" }
//          | { t: "string", v } | { t: "bytes", hex } | { t: "file", path } | { t: "object", v }]]
//   (pairs, so that insertion order survives the JSON libraries that sort keys)
// stdout: { cases: [{ name, schema: JSON.stringify(sdk schema), mismatches: [text] }] }
// Writes each case's SDK zip to `sdkZip` for the C++ reader.
import { readFileSync, writeFileSync } from 'node:fs';
import { IExecDataProtectorDeserializer } from '@iexec/dataprotector-deserializer';

// The utilities are not exported by the package: load the file itself.
const dataUtils = await import(new URL(
  '../node_modules/@iexec/dataprotector/dist/src/utils/data.js', import.meta.url).href);

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

function build(tagged) {
  const out = {};
  for (const [key, node] of tagged) {
    switch (node.t) {
      case 'bool': out[key] = node.v; break;
      case 'f64': out[key] = Buffer.from(node.bits, 'hex').readDoubleLE(0); break;
      case 'i128': out[key] = BigInt(node.v); break;
      case 'string': out[key] = node.v; break;
      case 'bytes': out[key] = Uint8Array.from(Buffer.from(node.hex, 'hex')); break;
      case 'file': out[key] = new Uint8Array(readFileSync(node.path)); break;
      case 'object': out[key] = build(node.v); break;
      default: throw Error(`unknown tag ${node.t}`);
    }
  }
  return out;
}

function leaves(value, schema, prefix, list) {
  for (const [key, type] of Object.entries(schema)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof type === 'object') leaves(value[key], type, path, list);
    else list.push({ path, type, expected: value[key] });
  }
  return list;
}

function same(a, b) {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a).equals(Buffer.from(b));
  return Object.is(a, b);
}

const cases = [];
for (const c of input.cases) {
  const data = build(c.object);
  const schema = await dataUtils.extractDataSchema(data);
  const mismatches = [];
  const reader = new IExecDataProtectorDeserializer({ protectedDataPath: c.zip, mode: 'borsh' });
  for (const leaf of leaves(data, schema, '', [])) {
    try {
      const got = await reader.getValue(leaf.path, leaf.type);
      if (!same(got, leaf.expected)) mismatches.push(`${leaf.path}: got ${String(got).slice(0, 80)}`);
    } catch (e) {
      mismatches.push(`${leaf.path}: ${e.message}`);
    }
  }
  writeFileSync(c.sdkZip, await dataUtils.createZipFromObject(data));
  cases.push({ name: c.name, schema: JSON.stringify(schema), mismatches });
}
process.stdout.write(JSON.stringify({ cases }));
