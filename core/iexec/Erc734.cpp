#include "iexec/Erc734.h"

namespace sr::iexec {

Hash32 Erc734::keyOf(const eth::Address& member) {
    Hash32 key{};
    std::copy(member.bytes().begin(), member.bytes().end(), key.begin() + 12);
    return key;
}

eth::ContractCall<bool> Erc734::keyHasPurpose(const Hash32& key, const eth::U256& purpose) const {
    return eth::calls::boolCall(
        contract_, "keyHasPurpose(bytes32,uint256)",
        {eth::AbiValue::bytes(Bytes(key.begin(), key.end())), eth::AbiValue::number(purpose)},
        "Checking a whitelist");
}

eth::ContractCall<bool> Erc734::isGroupMember(const eth::Address& member) const {
    return keyHasPurpose(keyOf(member), eth::U256(kGroupMemberPurpose));
}

} // namespace sr::iexec
