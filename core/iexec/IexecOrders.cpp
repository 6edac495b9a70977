#include "iexec/IexecOrders.h"

#include "eth/Eip712.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <variant>
#include <vector>

namespace sr::iexec {

namespace {

using eth::Address;
using eth::U256;

// One table per order type drives the type string, JSON in and out, and hashing, so the field
// order (which the hash depends on) is written exactly once.
template <typename Order> struct Field {
    const char* name;
    const char* type;
    std::variant<Address Order::*, U256 Order::*, Hash32 Order::*, std::string Order::*> member;
};

template <typename Order> struct Spec;

template <> struct Spec<AppOrder> {
    static constexpr const char* kName = "AppOrder";
    static const std::vector<Field<AppOrder>>& fields() {
        using O = AppOrder;
        static const std::vector<Field<O>> f = {
            {"app", "address", &O::app},
            {"appprice", "uint256", &O::appprice},
            {"volume", "uint256", &O::volume},
            {"tag", "bytes32", &O::tag},
            {"datasetrestrict", "address", &O::datasetrestrict},
            {"workerpoolrestrict", "address", &O::workerpoolrestrict},
            {"requesterrestrict", "address", &O::requesterrestrict},
            {"salt", "bytes32", &O::salt},
        };
        return f;
    }
};

template <> struct Spec<DatasetOrder> {
    static constexpr const char* kName = "DatasetOrder";
    static const std::vector<Field<DatasetOrder>>& fields() {
        using O = DatasetOrder;
        static const std::vector<Field<O>> f = {
            {"dataset", "address", &O::dataset},
            {"datasetprice", "uint256", &O::datasetprice},
            {"volume", "uint256", &O::volume},
            {"tag", "bytes32", &O::tag},
            {"apprestrict", "address", &O::apprestrict},
            {"workerpoolrestrict", "address", &O::workerpoolrestrict},
            {"requesterrestrict", "address", &O::requesterrestrict},
            {"salt", "bytes32", &O::salt},
        };
        return f;
    }
};

template <> struct Spec<WorkerpoolOrder> {
    static constexpr const char* kName = "WorkerpoolOrder";
    static const std::vector<Field<WorkerpoolOrder>>& fields() {
        using O = WorkerpoolOrder;
        static const std::vector<Field<O>> f = {
            {"workerpool", "address", &O::workerpool},
            {"workerpoolprice", "uint256", &O::workerpoolprice},
            {"volume", "uint256", &O::volume},
            {"tag", "bytes32", &O::tag},
            {"category", "uint256", &O::category},
            {"trust", "uint256", &O::trust},
            {"apprestrict", "address", &O::apprestrict},
            {"datasetrestrict", "address", &O::datasetrestrict},
            {"requesterrestrict", "address", &O::requesterrestrict},
            {"salt", "bytes32", &O::salt},
        };
        return f;
    }
};

template <> struct Spec<RequestOrder> {
    static constexpr const char* kName = "RequestOrder";
    static const std::vector<Field<RequestOrder>>& fields() {
        using O = RequestOrder;
        static const std::vector<Field<O>> f = {
            {"app", "address", &O::app},
            {"appmaxprice", "uint256", &O::appmaxprice},
            {"dataset", "address", &O::dataset},
            {"datasetmaxprice", "uint256", &O::datasetmaxprice},
            {"workerpool", "address", &O::workerpool},
            {"workerpoolmaxprice", "uint256", &O::workerpoolmaxprice},
            {"requester", "address", &O::requester},
            {"volume", "uint256", &O::volume},
            {"tag", "bytes32", &O::tag},
            {"category", "uint256", &O::category},
            {"trust", "uint256", &O::trust},
            {"beneficiary", "address", &O::beneficiary},
            {"callback", "address", &O::callback},
            {"params", "string", &O::params},
            {"salt", "bytes32", &O::salt},
        };
        return f;
    }
};

[[noreturn]] void corrupt(const std::string& order, const std::string& field,
                          const std::string& what) {
    throw Error(ErrorCode::Corrupt, "invalid " + order + "." + field + ": " + what);
}

template <typename Order> std::string typeString() {
    std::string s = std::string(Spec<Order>::kName) + "(";
    bool first = true;
    for (const auto& f : Spec<Order>::fields()) {
        s += (first ? "" : ",") + std::string(f.type) + " " + f.name;
        first = false;
    }
    return s + ")";
}

template <typename Order> nlohmann::json orderToJson(const Order& order) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& f : Spec<Order>::fields()) {
        std::visit(
            [&](auto member) {
                const auto& v = order.*member;
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, Address>)
                    j[f.name] = v.toChecksumHex();
                else if constexpr (std::is_same_v<T, U256>)
                    j[f.name] = v.toDecimal();
                else if constexpr (std::is_same_v<T, Hash32>)
                    j[f.name] = eth::toHex(v);
                else
                    j[f.name] = v;
            },
            f.member);
    }
    return j;
}

template <typename Order> Order orderFromJson(const nlohmann::json& j) {
    const std::string name = Spec<Order>::kName;
    if (!j.is_object())
        throw Error(ErrorCode::Corrupt, "invalid " + name + ": expected a JSON object");
    Order order;
    for (const auto& f : Spec<Order>::fields()) {
        const auto it = j.find(f.name);
        if (it == j.end())
            corrupt(name, f.name, "missing");
        const nlohmann::json& v = *it;
        std::visit(
            [&](auto member) {
                auto& out = order.*member;
                using T = std::decay_t<decltype(out)>;
                try {
                    if constexpr (std::is_same_v<T, U256>) {
                        if (v.is_number_unsigned())
                            out = U256(v.get<std::uint64_t>());
                        else if (v.is_number_integer() && v.get<std::int64_t>() >= 0)
                            out = U256(v.get<std::int64_t>());
                        else if (v.is_string())
                            out = U256::parse(v.get<std::string>());
                        else
                            corrupt(name, f.name, "expected a non-negative integer");
                    } else {
                        if (!v.is_string())
                            corrupt(name, f.name, "expected a string");
                        if constexpr (std::is_same_v<T, Address>)
                            out = Address::fromHex(v.get<std::string>());
                        else if constexpr (std::is_same_v<T, Hash32>)
                            out = eth::fromHexFixed<32>(v.get<std::string>());
                        else
                            out = v.get<std::string>();
                    }
                } catch (const Error& e) {
                    if (e.code() == ErrorCode::Corrupt)
                        throw;
                    corrupt(name, f.name, e.what());
                }
            },
            f.member);
    }
    return order;
}

template <typename Order>
nlohmann::json orderTypedData(const OrderDomain& domain, const Order& order) {
    nlohmann::json orderType = nlohmann::json::array();
    for (const auto& f : Spec<Order>::fields())
        orderType.push_back({{"name", f.name}, {"type", f.type}});
    return {
        {"types",
         {{"EIP712Domain",
           {{{"name", "name"}, {"type", "string"}},
            {{"name", "version"}, {"type", "string"}},
            {{"name", "chainId"}, {"type", "uint256"}},
            {{"name", "verifyingContract"}, {"type", "address"}}}},
          {Spec<Order>::kName, orderType}}},
        {"primaryType", Spec<Order>::kName},
        {"domain", domain.toJson()},
        {"message", orderToJson(order)},
    };
}

template <typename Order>
nlohmann::json orderOperationTypedData(const OrderDomain& domain, const Order& order,
                                       OrderOperation operation) {
    nlohmann::json td = orderTypedData(domain, order);
    const std::string opType = std::string(Spec<Order>::kName) + "Operation";
    td["types"][opType] = {{{"name", "order"}, {"type", Spec<Order>::kName}},
                           {{"name", "operation"}, {"type", "uint256"}}};
    td["primaryType"] = opType;
    td["message"] = {{"order", td["message"]}, {"operation", static_cast<unsigned>(operation)}};
    return td;
}

template <typename Order> Hash32 orderStructHash(const Order& order) {
    const auto td = eth::Eip712::fromJson(orderTypedData(OrderDomain{}, order));
    return td.messageHash();
}

template <typename Order> Hash32 orderDigest(const OrderDomain& domain, const Order& order) {
    return eth::Eip712::fromJson(orderTypedData(domain, order)).digest();
}

template <typename Order>
Bytes orderSignature(const OrderDomain& domain, const Order& order,
                     const crypto::SecretBytes& key) {
    return eth::Eip712::fromJson(orderTypedData(domain, order)).sign(key);
}

} // namespace

nlohmann::json OrderDomain::toJson() const {
    return {{"name", name},
            {"version", version},
            {"chainId", std::to_string(chainId)},
            {"verifyingContract", verifyingContract.toChecksumHex()}};
}

std::string orderTypeString(const AppOrder&) {
    return typeString<AppOrder>();
}
std::string orderTypeString(const DatasetOrder&) {
    return typeString<DatasetOrder>();
}
std::string orderTypeString(const WorkerpoolOrder&) {
    return typeString<WorkerpoolOrder>();
}
std::string orderTypeString(const RequestOrder&) {
    return typeString<RequestOrder>();
}

nlohmann::json toJson(const AppOrder& order) {
    return orderToJson(order);
}
nlohmann::json toJson(const DatasetOrder& order) {
    return orderToJson(order);
}
nlohmann::json toJson(const WorkerpoolOrder& order) {
    return orderToJson(order);
}
nlohmann::json toJson(const RequestOrder& order) {
    return orderToJson(order);
}

AppOrder appOrderFromJson(const nlohmann::json& json) {
    return orderFromJson<AppOrder>(json);
}
DatasetOrder datasetOrderFromJson(const nlohmann::json& json) {
    return orderFromJson<DatasetOrder>(json);
}
WorkerpoolOrder workerpoolOrderFromJson(const nlohmann::json& json) {
    return orderFromJson<WorkerpoolOrder>(json);
}
RequestOrder requestOrderFromJson(const nlohmann::json& json) {
    return orderFromJson<RequestOrder>(json);
}

nlohmann::json typedData(const OrderDomain& domain, const AppOrder& order) {
    return orderTypedData(domain, order);
}
nlohmann::json typedData(const OrderDomain& domain, const DatasetOrder& order) {
    return orderTypedData(domain, order);
}
nlohmann::json typedData(const OrderDomain& domain, const WorkerpoolOrder& order) {
    return orderTypedData(domain, order);
}
nlohmann::json typedData(const OrderDomain& domain, const RequestOrder& order) {
    return orderTypedData(domain, order);
}

Hash32 structHash(const AppOrder& order) {
    return orderStructHash(order);
}
Hash32 structHash(const DatasetOrder& order) {
    return orderStructHash(order);
}
Hash32 structHash(const WorkerpoolOrder& order) {
    return orderStructHash(order);
}
Hash32 structHash(const RequestOrder& order) {
    return orderStructHash(order);
}

Hash32 orderHash(const OrderDomain& domain, const AppOrder& order) {
    return orderDigest(domain, order);
}
Hash32 orderHash(const OrderDomain& domain, const DatasetOrder& order) {
    return orderDigest(domain, order);
}
Hash32 orderHash(const OrderDomain& domain, const WorkerpoolOrder& order) {
    return orderDigest(domain, order);
}
Hash32 orderHash(const OrderDomain& domain, const RequestOrder& order) {
    return orderDigest(domain, order);
}

nlohmann::json operationTypedData(const OrderDomain& domain, const AppOrder& order,
                                  OrderOperation operation) {
    return orderOperationTypedData(domain, order, operation);
}
nlohmann::json operationTypedData(const OrderDomain& domain, const DatasetOrder& order,
                                  OrderOperation operation) {
    return orderOperationTypedData(domain, order, operation);
}
nlohmann::json operationTypedData(const OrderDomain& domain, const WorkerpoolOrder& order,
                                  OrderOperation operation) {
    return orderOperationTypedData(domain, order, operation);
}
nlohmann::json operationTypedData(const OrderDomain& domain, const RequestOrder& order,
                                  OrderOperation operation) {
    return orderOperationTypedData(domain, order, operation);
}

Bytes signOrder(const OrderDomain& domain, const AppOrder& order, const crypto::SecretBytes& key) {
    return orderSignature(domain, order, key);
}
Bytes signOrder(const OrderDomain& domain, const DatasetOrder& order,
                const crypto::SecretBytes& key) {
    return orderSignature(domain, order, key);
}
Bytes signOrder(const OrderDomain& domain, const WorkerpoolOrder& order,
                const crypto::SecretBytes& key) {
    return orderSignature(domain, order, key);
}
Bytes signOrder(const OrderDomain& domain, const RequestOrder& order,
                const crypto::SecretBytes& key) {
    return orderSignature(domain, order, key);
}

} // namespace sr::iexec
