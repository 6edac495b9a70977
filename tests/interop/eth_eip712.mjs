// Reference side of interop_tst_eth_eip712: ethers' TypedDataEncoder and MetaMask's
// eth-sig-util (V4) hash and sign our typed-data documents.
// stdin:  { cases: [{ typedData, privateKey: "0x.." }] }
// stdout: { cases: [{ ethers: { encodeType, domainSeparator, structHash, digest },
//                     sigUtil: { encodeType, domainSeparator, structHash, digest, signature } }
//                   | { error }] }
import { TypedDataEncoder, hexlify } from 'ethers';
import { TypedDataUtils, SignTypedDataVersion, signTypedData } from '@metamask/eth-sig-util';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const V4 = SignTypedDataVersion.V4;

const cases = input.cases.map(({ typedData: td, privateKey }) => {
  try {
    const { EIP712Domain, ...types } = td.types; // ethers derives the domain type itself
    const encoder = TypedDataEncoder.from(types);
    return {
      ethers: {
        encodeType: encoder.encodeType(td.primaryType),
        domainSeparator: TypedDataEncoder.hashDomain(td.domain),
        structHash: encoder.hashStruct(td.primaryType, td.message),
        digest: TypedDataEncoder.hash(td.domain, types, td.message),
      },
      sigUtil: {
        encodeType: TypedDataUtils.encodeType(td.primaryType, td.types),
        domainSeparator: hexlify(TypedDataUtils.eip712DomainHash(td, V4)),
        structHash: hexlify(TypedDataUtils.hashStruct(td.primaryType, td.message, td.types, V4)),
        digest: hexlify(TypedDataUtils.eip712Hash(td, V4)),
        signature: signTypedData({
          privateKey: Buffer.from(privateKey.slice(2), 'hex'), data: td, version: V4,
        }),
      },
    };
  } catch (error) {
    return { error: String(error.stack ?? error) };
  }
});
process.stdout.write(JSON.stringify({ cases }));
