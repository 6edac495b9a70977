#include "iexec/AppView.h"

#include "eth/RecordReads.h"

namespace sr::iexec {

using eth::AbiType;
using eth::AbiValue;

namespace {

std::vector<eth::ContractCall<std::vector<AbiValue>>> fieldCalls(const eth::Address& a) {
    const std::string what = "Reading an app";
    return {eth::calls::abiCall(a, "owner()", {}, {AbiType::address()}, what),
            eth::calls::abiCall(a, "m_appName()", {}, {AbiType::string()}, what),
            eth::calls::abiCall(a, "m_appType()", {}, {AbiType::string()}, what),
            eth::calls::abiCall(a, "m_appMultiaddr()", {}, {AbiType::bytes()}, what),
            eth::calls::abiCall(a, "m_appChecksum()", {}, {AbiType::fixedBytes(32)}, what),
            eth::calls::abiCall(a, "m_appMREnclave()", {}, {AbiType::bytes()}, what)};
}

AppInfo assemble(const eth::Address& a, const std::vector<std::vector<AbiValue>>& v) {
    AppInfo info;
    info.address = a;
    info.owner = v[0].at(0).asAddress();
    info.name = v[1].at(0).asString();
    info.type = v[2].at(0).asString();
    info.multiaddr = v[3].at(0).asBytes();
    const Bytes& c = v[4].at(0).asBytes();
    std::copy(c.begin(), c.end(), info.checksum.begin());
    info.mrenclave = v[5].at(0).asBytes();
    return info;
}

} // namespace

eth::ContractCall<eth::Address> AppView::owner() const {
    return eth::calls::addressCall(app_, "owner()", {}, "Reading an app's owner");
}
eth::ContractCall<std::string> AppView::name() const {
    return eth::calls::stringCall(app_, "m_appName()", {}, "Reading an app's name");
}
eth::ContractCall<std::string> AppView::type() const {
    return eth::calls::stringCall(app_, "m_appType()", {}, "Reading an app's type");
}
eth::ContractCall<Bytes> AppView::multiaddr() const {
    return eth::calls::bytesCall(app_, "m_appMultiaddr()", {}, "Reading an app's image");
}
eth::ContractCall<Hash32> AppView::checksum() const {
    return eth::calls::bytes32Call(app_, "m_appChecksum()", {}, "Reading an app's checksum");
}
eth::ContractCall<Bytes> AppView::mrenclave() const {
    return eth::calls::bytesCall(app_, "m_appMREnclave()", {}, "Reading an app's enclave");
}

AppInfo AppView::read(eth::ContractCaller& caller, const CancelToken* cancel) const {
    return assemble(app_, caller.callAll(fieldCalls(app_), cancel));
}

std::vector<eth::CallResult<AppInfo>> AppView::readMany(eth::ContractCaller& caller,
                                                        const std::vector<eth::Address>& apps,
                                                        const CancelToken* cancel) {
    return eth::readRecords<AppInfo>(caller, apps, fieldCalls, assemble, {}, nullptr, cancel);
}

} // namespace sr::iexec
