#pragma once

#include "util/Error.h"

#include <QString>
#include <vector>

namespace sr::ui {

/// The engine's errors in the interface's language. The engine throws sr::Error: a stable
/// ErrorCode and an English message with the particulars (names, addresses, amounts). What a
/// person reads starts with the sentence of its code, translated here, so that the kind of
/// failure and what to do about it are always in their language.

/// One sentence per code: what kind of failure it is and what to do.
QString errorHeadline(ErrorCode code);
/// What exactly failed: the sentence of the error's reason with its parameters, in the
/// interface's language; the engine's English message when the error has no known reason.
QString errorParticulars(const Error& error);
/// `error` as shown in a dialog: its code's sentence, then its particulars (left out when the
/// code says everything, as for a wrong password).
QString errorText(const Error& error);
/// Every code there is (for the test that each has its text in both languages).
const std::vector<ErrorCode>& allErrorCodes();

} // namespace sr::ui
