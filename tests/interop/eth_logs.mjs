// Reference side of interop_tst_eth_logs: ethers encodes random event logs (random values of
// every parameter, indexed or not) and decodes them; the C++ side decodes the same logs with
// EventDecoder and must find the same values.
// stdin:  { events: ["event Name(type indexed a, ...)"], perEvent: n, seed: n }
// stdout: { logs: [{ event, topics: [0x..], data: 0x.., args: [json value] }] }
//         args: integers as decimal strings, addresses checksummed, bytes as 0x hex, an indexed
//         dynamic value as the 0x hash stored in its topic
import { Interface, getAddress, hexlify } from 'ethers';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

let state = BigInt(input.seed) & 0xffffffffffffffffn;
const next = () => {
  state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
  return state >> 11n;
};
const below = (n) => Number(next() % BigInt(n));
const bytes = (n) => Uint8Array.from({ length: n }, () => below(256));
const bigBits = (bits) => {
  let v = 0n;
  for (let i = 0; i < bits; i += 8) v = (v << 8n) | BigInt(below(256));
  return v & ((1n << BigInt(bits)) - 1n);
};

function random(param) {
  const t = param.baseType;
  if (t === 'array') {
    const n = param.arrayLength >= 0 ? param.arrayLength : below(4);
    return Array.from({ length: n }, () => random(param.arrayChildren));
  }
  if (t === 'tuple') return param.components.map(random);
  if (t === 'address') return getAddress(hexlify(bytes(20)));
  if (t === 'bool') return below(2) === 1;
  if (t === 'string') {
    const alphabet = Array.from('abcXYZ 019-_/é€😀'); // code points, not UTF-16 units
    return Array.from({ length: below(40) }, () => alphabet[below(alphabet.length)]).join('');
  }
  if (t === 'bytes') return hexlify(bytes(below(70)));
  if (t.startsWith('bytes')) return hexlify(bytes(Number(t.slice(5))));
  if (t.startsWith('uint')) {
    const bits = Number(t.slice(4) || 256);
    return below(4) === 0 ? (1n << BigInt(bits)) - 1n : bigBits(below(bits) + 1);
  }
  if (t.startsWith('int')) {
    const bits = Number(t.slice(3) || 256);
    const magnitude = bigBits(below(bits - 1) + 1);
    return below(2) ? -magnitude : magnitude;
  }
  throw new Error('no generator for ' + t);
}

const toJson = (v) => {
  if (v && v._isIndexed) return v.hash;
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return hexlify(v);
  if (Array.isArray(v)) return Array.from(v, toJson);
  return v;
};

const logs = [];
for (const signature of input.events) {
  const iface = new Interface([signature]);
  const fragment = iface.fragments[0];
  for (let i = 0; i < input.perEvent; ++i) {
    const values = fragment.inputs.map(random);
    const { data, topics } = iface.encodeEventLog(fragment, values);
    const parsed = iface.parseLog({ data, topics });
    logs.push({ event: fragment.name, topics, data, args: toJson(Array.from(parsed.args)) });
  }
}
process.stdout.write(JSON.stringify({ logs }));
