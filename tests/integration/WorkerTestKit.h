#pragma once

// What the sandbox-worker suites share: protecting data on the sandbox the way DataProtector
// does (a stored zip of borsh fields, AES-256-CBC, IPFS, createDatasetWithSchema, the key to
// the SMS), granting it, and requesting a computation with the workerpool's published orders.

#include "SandboxAppOrders.h"
#include "SandboxTestChain.h"
#include "crypto/Aes256Cbc.h"
#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"
#include "eth/ContractCaller.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "iexec/IexecOrders.h"
#include "iexec/Multiaddr.h"
#include "iexec/PocoHub.h"
#include "iexec/SmsChallenge.h"
#include "iexec/StoredZip.h"
#include "sandbox/ByoApps.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/SandboxNetwork.h"
#include "util/Base64.h"
#include "util/Crc32.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <chrono>
#include <fstream>
#include <map>
#include <thread>
#include <zlib.h>

namespace sr::test {

inline Bytes borshString(const std::string& text) {
    Bytes out(4);
    const auto n = static_cast<std::uint32_t>(text.size());
    out[0] = n & 0xff;
    out[1] = (n >> 8) & 0xff;
    out[2] = (n >> 16) & 0xff;
    out[3] = (n >> 24) & 0xff;
    out.insert(out.end(), text.begin(), text.end());
    return out;
}

inline Hash32 hashOf(const std::string& hex) {
    return eth::fromHexFixed<32>(hex);
}

/// The entries of a zip (stored or deflated), read with zlib: for checking result archives.
inline std::map<std::string, Bytes> unzip(const Bytes& zip) {
    std::map<std::string, Bytes> out;
    std::size_t at = 0;
    const auto u16 = [&](std::size_t p) { return zip.at(p) | (zip.at(p + 1) << 8); };
    const auto u32 = [&](std::size_t p) {
        return static_cast<std::uint32_t>(u16(p)) | (static_cast<std::uint32_t>(u16(p + 2)) << 16);
    };
    while (at + 30 <= zip.size() && u32(at) == 0x04034b50) {
        const int method = u16(at + 8);
        const std::uint32_t packed = u32(at + 18);
        const std::uint32_t size = u32(at + 22);
        const int nameLength = u16(at + 26);
        const int extra = u16(at + 28);
        const std::size_t data = at + 30 + nameLength + extra;
        if (data + packed > zip.size())
            throw Error(ErrorCode::Corrupt, "truncated zip entry");
        const std::string name(zip.begin() + at + 30, zip.begin() + at + 30 + nameLength);
        Bytes content(size);
        if (method == 0) {
            std::copy(zip.begin() + data, zip.begin() + data + size, content.begin());
        } else {
            z_stream s{};
            inflateInit2(&s, -15);
            s.next_in = const_cast<Bytef*>(zip.data() + data);
            s.avail_in = packed;
            s.next_out = content.data();
            s.avail_out = size;
            const int rc = inflate(&s, Z_FINISH);
            inflateEnd(&s);
            if (rc != Z_STREAM_END)
                throw Error(ErrorCode::Corrupt, "bad deflate data in " + name);
        }
        out[name] = std::move(content);
        at = data + packed;
    }
    return out;
}

/// Where a sandbox's parts are (from a SandboxNetwork, or from a running sandbox's files).
struct SandboxEndpoints {
    std::string rpcUrl, sms, market, ipfs;
    eth::Address hub, workerpool, dataProtector, rlc, owner;
};

inline SandboxEndpoints endpointsOf(sandbox::SandboxNetwork& net) {
    return {net.chain().rpcUrl(),           net.services().smsUrl(),   net.services().marketUrl(),
            net.services().ipfsUrl(),       net.deployment().poco.hub, net.deployment().workerpool,
            net.deployment().dataProtector, net.deployment().poco.rlc, net.deployment().poco.owner};
}

/// The sandbox's endpoints and contracts as the node scripts that drive the real iexec and
/// DataProtector SDKs on it read them (tests/interop/sandbox_dataprotector.mjs).
inline nlohmann::json sdkSandboxInput(sandbox::SandboxNetwork& net) {
    return {{"rpcUrl", net.chain().rpcUrl()},
            {"hubAddress", net.deployment().poco.hub.toChecksumHex()},
            {"smsURL", net.services().smsUrl()},
            {"iexecGatewayURL", net.services().marketUrl()},
            {"ipfsNode", net.services().ipfsUrl()},
            {"ipfsGateway", net.services().ipfsUrl()},
            {"dataProtector", net.deployment().dataProtector.toChecksumHex()},
            {"workerpool", net.deployment().workerpool.toChecksumHex()}};
}

/// A sandbox with its workerpool in `dir` (apps run through the strongroom-sandbox binary, a
/// 3 s wall clock), its Content Reader's address in `contentReader` once its orders are up.
inline std::unique_ptr<sandbox::SandboxNetwork> startWorkerSandbox(const std::filesystem::path& dir,
                                                                   eth::Address& contentReader) {
    auto options = sandboxWithWorkerpool(dir);
    options.maxWallClock = std::chrono::seconds(3);
    auto net = std::make_unique<sandbox::SandboxNetwork>(options);
    for (const auto& app : net->deployment().apps)
        if (app.name == "Sandbox Content Reader")
            contentReader = app.address;
    if (contentReader.isZero())
        throw Error(ErrorCode::NotFound, "the sandbox has no Content Reader");
    return net;
}

class WorkerTestKit {
public:
    explicit WorkerTestKit(sandbox::SandboxNetwork& net)
        : e_(endpointsOf(net)), worker_(net.worker()), rpc_({e_.rpcUrl}) {}
    explicit WorkerTestKit(SandboxEndpoints e) : e_(std::move(e)), rpc_({e_.rpcUrl}) {}

    eth::JsonRpcClient& rpc() { return rpc_; }
    const eth::Address& hub() const { return e_.hub; }
    const SandboxEndpoints& endpoints() const { return e_; }

    /// Kubo RPC add of `content`; returns its CID.
    iexec::Cid ipfsAdd(ByteView content) {
        const std::string boundary = "worker-test-kit-boundary";
        HttpRequest r;
        r.method = "POST";
        r.url = e_.ipfs + "/api/v0/add";
        r.headers = {{"Content-Type", "multipart/form-data; boundary=" + boundary}};
        r.body = "--" + boundary +
                 "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n" +
                 std::string(content.begin(), content.end()) + "\r\n--" + boundary + "--\r\n";
        const auto reply = HttpClient().send(r);
        if (!reply.ok())
            throw Error(ErrorCode::Network, "ipfs add: " + reply.body);
        return iexec::Cid::parse(nlohmann::json::parse(reply.body)["Hash"].get<std::string>());
    }

    /// Waits until the chain shows the task in `status`.
    void waitForChain(const Hash32& taskId, iexec::TaskStatus status,
                      std::chrono::seconds timeout = std::chrono::seconds(60)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (task(taskId).status != status) {
            if (std::chrono::steady_clock::now() > deadline)
                throw Error(ErrorCode::Network, "the task did not reach the status in time");
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }

    iexec::OrderDomain domain() {
        iexec::OrderDomain d;
        d.chainId = rpc_.chainId();
        d.verifyingContract = hub();
        return d;
    }

    /// Protects `fields` (name -> string value) for `owner`; returns the dataset address.
    eth::Address protect(const DevKey& owner, const std::string& name,
                         const std::map<std::string, std::string>& fields, bool pushKey = true,
                         bool corruptChecksum = false) {
        Bytes zip;
        iexec::StoredZipWriter writer(
            [&](ByteView b) { zip.insert(zip.end(), b.begin(), b.end()); });
        nlohmann::json schema = nlohmann::json::object();
        for (const auto& [field, value] : fields) {
            const Bytes content = borshString(value);
            writer.begin({field, content.size(), crc32Update(0, content)});
            writer.write(content);
            schema[field] = "string";
        }
        writer.finish();
        const crypto::SecretBytes key = crypto::SecretBytes::random(32);
        const Bytes iv = crypto::randomBytes(16);
        Bytes encrypted = iv;
        const Bytes cipher = crypto::aes256CbcEncrypt(key, iv, zip);
        encrypted.insert(encrypted.end(), cipher.begin(), cipher.end());
        Hash32 checksum = crypto::sha256(encrypted);
        if (corruptChecksum)
            checksum[0] ^= 0xff;
        const auto cid = ipfsAdd(ByteView(encrypted));
        sandbox::DevAccountSender sender(rpc_, owner.address);
        const auto receipt = sender.transact(
            e_.dataProtector, "createDatasetWithSchema(address,string,string,bytes,bytes32)",
            {eth::AbiValue::address(owner.address), eth::AbiValue::string(name),
             eth::AbiValue::string(schema.dump()), eth::AbiValue::bytes(iexec::p2pMultiaddr(cid)),
             eth::AbiValue::bytes(Bytes(checksum.begin(), checksum.end()))});
        const std::string topic = eth::toHex(eth::Abi::eventTopic("DatasetSchema(address,string)"));
        eth::Address dataset;
        for (const auto& log : receipt.at("logs"))
            if (log.at("topics").at(0).get<std::string>() == topic)
                dataset = eth::Address::fromHex(
                    "0x" + log.at("topics").at(1).get<std::string>().substr(26));
        if (dataset.isZero())
            throw Error(ErrorCode::Corrupt, "no DatasetSchema event");
        if (pushKey) {
            const std::string secret = base64Encode(key.view());
            HttpRequest r;
            r.method = "POST";
            r.url = e_.sms + "/secrets/web3?secretAddress=" + dataset.toChecksumHex();
            r.body = secret;
            r.headers = {
                {"Content-Type", "text/plain"},
                {"Authorization", eth::toHex(eth::signPersonalMessage(
                                      owner.key, iexec::smsChallenge(dataset, {secret})))}};
            const auto reply = HttpClient().send(r);
            if (reply.status != 204)
                throw Error(ErrorCode::Network, "SMS push: " + std::to_string(reply.status));
        }
        return dataset;
    }

    /// POSTs a secret to the SMS, signed by `signer` as the SMS asks; returns the status.
    /// `path` is "/secrets/web2?ownerAddress=..&secretName=NAME" or "/requesters/R/secrets/NAME".
    long pushSecret(const DevKey& signer, const std::string& path, const std::string& name,
                    const std::string& value) {
        HttpRequest r;
        r.method = "POST";
        r.url = e_.sms + path;
        r.body = value;
        r.headers = {{"Content-Type", "text/plain"},
                     {"Authorization",
                      eth::toHex(eth::signPersonalMessage(
                          signer.key, iexec::smsChallenge(signer.address, {name, value})))}};
        return HttpClient().send(r).status;
    }
    long pushWeb2(const DevKey& owner, const std::string& name, const std::string& value) {
        return pushSecret(owner,
                          "/secrets/web2?ownerAddress=" + owner.address.toChecksumHex() +
                              "&secretName=" + name,
                          name, value);
    }
    long pushRequesterSecret(const DevKey& requester, const std::string& name,
                             const std::string& value) {
        return pushSecret(requester,
                          "/requesters/" + requester.address.toChecksumHex() + "/secrets/" + name,
                          name, value);
    }

    iexec::SignedOrder<iexec::DatasetOrder> grant(const DevKey& owner, const eth::Address& dataset,
                                                  const eth::Address& app,
                                                  std::uint64_t price = 0) {
        iexec::DatasetOrder o;
        o.dataset = dataset;
        o.datasetprice = price;
        o.volume = 100;
        o.apprestrict = app;
        const Bytes salt = crypto::randomBytes(32);
        std::copy(salt.begin(), salt.end(), o.salt.begin());
        return {o, iexec::signOrder(domain(), o, owner.key)};
    }

    /// Every open order of the orderbook page (entries with "order").
    nlohmann::json marketOrders(const std::string& kind, const std::string& query) {
        HttpRequest r;
        r.method = "GET";
        r.url = e_.market + "/" + kind + "orders?chainId=" + std::to_string(rpc_.chainId()) + "&" +
                query;
        const auto json = nlohmann::json::parse(HttpClient().send(r).body, nullptr, false);
        return json.is_object() && json.contains("orders") ? json["orders"]
                                                           : nlohmann::json::array();
    }

    nlohmann::json marketFirst(const std::string& kind, const std::string& query) {
        HttpRequest r;
        r.method = "GET";
        r.url = e_.market + "/" + kind + "orders?chainId=" + std::to_string(rpc_.chainId()) + "&" +
                query;
        const auto reply = HttpClient().send(r);
        const auto json = nlohmann::json::parse(reply.body, nullptr, false);
        if (!json.is_object() || !json.contains("orders") || json["orders"].empty())
            throw Error(ErrorCode::NotFound, "no " + kind + " order on the market: " + reply.body);
        return json["orders"][0]["order"];
    }

    /// Waits until the workerpool's orders for `app` are on the market.
    void waitForOrders(const eth::Address& app,
                       std::chrono::seconds timeout = std::chrono::seconds(30)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (true) {
            try {
                marketFirst("app", "app=" + app.toChecksumHex() + "&minTag=" + teeTag());
                marketFirst("workerpool", "workerpool=" + e_.workerpool.toChecksumHex() +
                                              "&category=0&minTag=" + teeTag());
                return;
            } catch (const Error&) {
                if (std::chrono::steady_clock::now() > deadline)
                    throw;
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
    }

    static std::string teeTag() {
        return "0x0000000000000000000000000000000000000000000000000000000000000009";
    }

    /// Matches a request for `app` on `dataset` (its order `datasetOrder`) with the
    /// workerpool's published orders; returns the deal id.
    Hash32 request(const DevKey& requester, const eth::Address& app,
                   const iexec::SignedOrder<iexec::DatasetOrder>& datasetOrder,
                   const std::string& params = "{\"iexec_secrets\":{}}", bool pricedPool = false) {
        const auto appJson =
            marketFirst("app", "app=" + app.toChecksumHex() + "&minTag=" + teeTag());
        const std::string poolQuery =
            "workerpool=" + e_.workerpool.toChecksumHex() + "&category=0&minTag=" + teeTag();
        nlohmann::json poolJson = marketFirst("workerpool", poolQuery);
        if (pricedPool)
            for (const auto& entry : marketOrders("workerpool", poolQuery))
                if (entry["order"]["workerpoolprice"] != 0)
                    poolJson = entry["order"];
        iexec::SignedOrder<iexec::AppOrder> appOrder{
            iexec::appOrderFromJson(appJson), eth::fromHex(appJson["sign"].get<std::string>())};
        iexec::SignedOrder<iexec::WorkerpoolOrder> poolOrder{
            iexec::workerpoolOrderFromJson(poolJson),
            eth::fromHex(poolJson["sign"].get<std::string>())};
        iexec::RequestOrder r;
        r.app = app;
        r.appmaxprice = appOrder.order.appprice;
        r.dataset = datasetOrder.order.dataset;
        r.datasetmaxprice = datasetOrder.order.datasetprice;
        r.workerpool = e_.workerpool;
        r.workerpoolmaxprice = poolOrder.order.workerpoolprice;
        r.requester = requester.address;
        r.volume = 1;
        r.tag = hashOf(teeTag());
        r.category = 0;
        r.beneficiary = requester.address;
        r.params = params;
        const Bytes salt = crypto::randomBytes(32);
        std::copy(salt.begin(), salt.end(), r.salt.begin());
        const iexec::SignedOrder<iexec::RequestOrder> requestOrder{
            r, iexec::signOrder(domain(), r, requester.key)};
        const auto tx =
            iexec::PocoHub(hub()).matchOrders(appOrder, datasetOrder, poolOrder, requestOrder);
        nlohmann::json call = {{"from", requester.address.toLowerHex()},
                               {"to", hub().toLowerHex()},
                               {"data", eth::toHex(tx.data)}};
        const std::string hash =
            rpc_.send("eth_sendTransaction", nlohmann::json::array({call})).get<std::string>();
        nlohmann::json receipt;
        for (int i = 0; i < 300 && receipt.is_null(); ++i) {
            receipt = rpc_.call("eth_getTransactionReceipt", nlohmann::json::array({hash}));
            if (receipt.is_null())
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        if (receipt.is_null() || receipt.value("status", "") != "0x1")
            throw Error(ErrorCode::Reverted, "matchOrders failed");
        const std::string matched = eth::toHex(
            eth::Abi::eventTopic("OrdersMatched(bytes32,bytes32,bytes32,bytes32,bytes32,uint256)"));
        for (const auto& log : receipt.at("logs"))
            if (log.at("topics").at(0).get<std::string>() == matched)
                return hashOf(log.at("data").get<std::string>().substr(0, 66));
        throw Error(ErrorCode::Corrupt, "no OrdersMatched");
    }

    iexec::Task task(const Hash32& taskId) {
        eth::ContractCaller caller(rpc_);
        return caller.call(iexec::PocoHub(hub()).viewTask(taskId));
    }

    /// Waits for the worker's record to end (COMPLETED or FAILED).
    sandbox::SandboxWorker::TaskRecord
    waitForWorker(const Hash32& taskId, std::chrono::seconds timeout = std::chrono::seconds(60)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < deadline) {
            const auto record = worker_->task(taskId);
            if (record && (record->status == sandbox::SandboxWorker::Status::Completed ||
                           record->status == sandbox::SandboxWorker::Status::Failed))
                return *record;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        throw Error(ErrorCode::Network, "the worker did not finish the task in time");
    }

    Bytes ipfsGet(const std::string& cid) {
        HttpRequest r;
        r.method = "GET";
        r.url = e_.ipfs + "/ipfs/" + cid;
        const auto reply = HttpClient().send(r);
        return Bytes(reply.body.begin(), reply.body.end());
    }

private:
    SandboxEndpoints e_;
    sandbox::SandboxWorker* worker_ = nullptr;
    eth::JsonRpcClient rpc_;
};

} // namespace sr::test
