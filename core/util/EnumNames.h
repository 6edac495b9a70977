#pragma once

// The names an enum is persisted by (a journal's state, step or kind), as one constant table
// per enum, and the lookups every journal needs: the name of a value, and the value of a
// stored name. A name table lives next to its enum's reader; the lookups are written once here.

#include "util/Error.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sr {

/// One row of a name table: a value and the name it is stored by.
template <typename E> struct EnumName {
    E value;
    std::string_view name;
};

/// The name of `value` in `table`; `fallback` for a value the table does not list.
template <typename E, std::size_t N>
constexpr std::string_view enumName(const EnumName<E> (&table)[N], E value,
                                    std::string_view fallback = "unknown") noexcept {
    for (const auto& row : table)
        if (row.value == value)
            return row.name;
    return fallback;
}

/// The value stored as `name` in `table` (names compare exactly); nullopt for a name it does
/// not list, which the caller refuses (a damaged row) or maps to a default of its own.
template <typename E, std::size_t N>
constexpr std::optional<E> enumFromName(const EnumName<E> (&table)[N],
                                        std::string_view name) noexcept {
    for (const auto& row : table)
        if (row.name == name)
            return row.value;
    return std::nullopt;
}

/// The value stored as `name` in `table`, for a journal reading its own rows: a name it does
/// not list is a damaged row, Error(Corrupt) "<where> holds an unknown <what> "<name>"."
template <typename E, std::size_t N>
E storedEnum(const EnumName<E> (&table)[N], std::string_view name, std::string_view where,
             std::string_view what) {
    if (const auto value = enumFromName(table, name))
        return *value;
    throw Error(ErrorCode::Corrupt, std::string(where) + " holds an unknown " + std::string(what) +
                                        " \"" + std::string(name) + "\".");
}

} // namespace sr
