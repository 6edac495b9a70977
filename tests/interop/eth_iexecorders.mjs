// Reference side of interop_tst_eth_iexecorders: the iexec SDK's own order hashing
// (hashApporder & co, which PoCo's viewConsumed keys match), ethers for the struct hash and
// eth-sig-util for the signature of our typed data.
// stdin:  { cases: [{ kind: "app"|"dataset"|"workerpool"|"request", order, domain, typedData,
//                     privateKey }] }
// stdout: { cases: [{ orderHash, structHash, signature } | { error }] }
import { TypedDataEncoder } from 'ethers';
import { signTypedData, SignTypedDataVersion } from '@metamask/eth-sig-util';
// Not exported by the package; imported by path from the node_modules beside this script.
import {
  hashApporder, hashDatasetorder, hashWorkerpoolorder, hashRequestorder,
} from '../node_modules/iexec/dist/esm/common/market/order.js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const hashers = {
  app: hashApporder, dataset: hashDatasetorder, workerpool: hashWorkerpoolorder, request: hashRequestorder,
};
// The SDK reads the domain from the hub's domain(); this stands in for the contract.
const contractsFor = (domain) => ({
  getIExecContract: () => ({
    domain: async () => ({ ...domain, chainId: BigInt(domain.chainId) }),
  }),
});

const cases = [];
for (const { kind, order, domain, typedData, privateKey } of input.cases) {
  try {
    const { EIP712Domain, ...types } = typedData.types;
    cases.push({
      orderHash: await hashers[kind](contractsFor(domain), order),
      structHash: TypedDataEncoder.from(types).hashStruct(typedData.primaryType, order),
      signature: signTypedData({
        privateKey: Buffer.from(privateKey.slice(2), 'hex'),
        data: typedData,
        version: SignTypedDataVersion.V4,
      }),
    });
  } catch (error) {
    cases.push({ error: String(error.stack ?? error) });
  }
}
process.stdout.write(JSON.stringify({ cases }));
