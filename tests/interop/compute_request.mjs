// Reference side of interop_tst_compute_request: the iexec SDK 9's own createRequestorder and
// signRequestorder (the path DataProtector's processProtectedData takes) for each case's fields.
// The SDK draws the salt; we rebuild the order from the same fields with that salt.
// stdin:  { cases: [{ domain, privateKey, fields: { app, appmaxprice, dataset, ..., params } }] }
// stdout: { cases: [{ order (signed, with salt, params string and sign), orderHash } | { error }] }
import { Wallet } from 'ethers';
// Not exported by the package; imported by path from the node_modules beside this script.
import {
  createRequestorder, signRequestorder, hashRequestorder,
} from '../node_modules/iexec/dist/esm/common/market/order.js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const cases = [];
for (const { domain, privateKey, fields } of input.cases) {
  try {
    const signer = new Wallet(privateKey);
    // The SDK reads the domain from the hub's domain(); this stands in for the contract.
    const contracts = {
      signer,
      getIExecContract: () => ({
        domain: async () => ({ ...domain, chainId: BigInt(domain.chainId) }),
      }),
    };
    const unsigned = await createRequestorder({ contracts }, fields);
    const order = await signRequestorder(contracts, unsigned);
    cases.push({ order, orderHash: await hashRequestorder(contracts, order) });
  } catch (error) {
    cases.push({ error: String(error.stack ?? error) });
  }
}
process.stdout.write(JSON.stringify({ cases }));
