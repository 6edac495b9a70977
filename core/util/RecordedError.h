#pragma once

// A failure kept with the operation it stopped (a protect or a computation in its journal), as
// data: the code, the reason with its named parameters, and the English message of the
// sr::Error that stopped it. Read back after a restart, a front end says it in its own words
// (the GUI in the person's language, through ui/ErrorText) and the CLI prints the message.

#include "util/Error.h"

#include <optional>
#include <string>
#include <string_view>

namespace sr {

struct RecordedError {
    ErrorCode code = ErrorCode::Internal;
    ErrorReason reason = ErrorReason::Unspecified;
    ErrorParams params;  ///< as the reason lists them (Error::params)
    std::string message; ///< English, as Error::what()

    /// What `error` carries.
    static RecordedError of(const Error& error);
    /// A row written before reasons were kept: the code's name (errorCodeName; Internal when
    /// unknown or empty) and the message, with no reason, so it is shown by its message.
    static RecordedError fromCodeName(std::string_view codeName, std::string message);
    /// The same as an sr::Error, for the front ends' error texts.
    Error toError() const;

    bool operator==(const RecordedError&) const = default;
};

/// The code named `name` (errorCodeName); nullopt for a name this version does not know.
std::optional<ErrorCode> errorCodeFromName(std::string_view name) noexcept;
/// A short stable name for a reason ("unreachable", "not-enough-funds", ...), persisted in
/// journals: never rename. "unspecified" for Unspecified.
std::string_view errorReasonName(ErrorReason reason) noexcept;
/// The reason named `name`; Unspecified for a name this version does not know (written by a
/// newer one): the message is then all there is.
ErrorReason errorReasonFromName(std::string_view name) noexcept;

/// Named parameters as text for a journal column: a JSON array of [name, value] pairs in their
/// order; "[]" for none. Back: Error(Corrupt) for text that is not such an array.
std::string errorParamsToText(const ErrorParams& params);
ErrorParams errorParamsFromText(std::string_view text);

} // namespace sr
