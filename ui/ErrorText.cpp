#include "ErrorText.h"

#include <QCoreApplication>

namespace sr::ui {

/// The translation context of the sentences below.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

QString errorHeadline(ErrorCode code) {
    switch (code) {
    case ErrorCode::Internal:
        return ErrorText::tr("Something went wrong inside Strongroom.");
    case ErrorCode::InvalidArgument:
        return ErrorText::tr("Not possible as asked.");
    case ErrorCode::NotFound:
        return ErrorText::tr("Not found.");
    case ErrorCode::AlreadyExists:
        return ErrorText::tr("Already there.");
    case ErrorCode::Io:
        return ErrorText::tr("A file could not be read or written.");
    case ErrorCode::Corrupt:
        return ErrorText::tr("A file or a server's reply is damaged.");
    case ErrorCode::Network:
        return ErrorText::tr("A server could not be reached or refused the request.");
    case ErrorCode::Crypto:
        return ErrorText::tr("A key or a signature is not valid.");
    case ErrorCode::WrongPassword:
        return ErrorText::tr("Wrong password.");
    case ErrorCode::Cancelled:
        return ErrorText::tr("Stopped.");
    case ErrorCode::Unsupported:
        return ErrorText::tr("This version of Strongroom can't do that.");
    case ErrorCode::ChainMismatch:
        return ErrorText::tr(
            "The node serves another network than the one chosen: check its address in "
            "Settings.");
    case ErrorCode::Reverted:
        return ErrorText::tr("The contract refused it.");
    }
    return ErrorText::tr("Something went wrong inside Strongroom.");
}

QString errorParticulars(const Error& error) {
    const auto param = [&](std::string_view name) {
        return QString::fromStdString(error.param(name));
    };
    // A reason whose parameters are missing (a hand-made error) falls back to the message.
    const auto has = [&](std::initializer_list<std::string_view> names) {
        for (auto name : names)
            if (error.param(name).empty())
                return false;
        return true;
    };
    switch (error.reason()) {
    case ErrorReason::Unspecified:
        break;
    case ErrorReason::Unreachable:
        if (has({"host"}))
            return ErrorText::tr("No connection could be made to %1 (%2). Check your connection "
                                 "and the address in Settings.")
                .arg(param("host"), param("cause"));
        break;
    case ErrorReason::NoAnswer:
        if (has({"host", "seconds"}))
            return ErrorText::tr("%1 did not answer within %2 s. Try again in a moment.")
                .arg(param("host"), param("seconds"));
        break;
    case ErrorReason::BrokeOff:
        if (has({"host", "bytes"}))
            return ErrorText::tr("The connection to %1 broke off after %2 bytes. Try again.")
                .arg(param("host"), param("bytes"));
        break;
    case ErrorReason::ReplyTooLarge:
        if (has({"host", "mebibytes"}))
            return ErrorText::tr("%1 sent more than %2 MiB; the reply was not read.")
                .arg(param("host"), param("mebibytes"));
        break;
    case ErrorReason::HttpStatus:
        if (has({"host", "status"}))
            return ErrorText::tr("%1 answered with the HTTP error %2.")
                .arg(param("host"), param("status"));
        break;
    case ErrorReason::WrongChain:
        if (has({"host", "actual", "expected"}))
            return ErrorText::tr("The node at %1 serves chain %2, but this network is chain %3.")
                .arg(param("host"), param("actual"), param("expected"));
        break;
    case ErrorReason::NotEnoughFunds:
        if (has({"account", "asset", "has", "needs", "missing"})) {
            const std::string asset = error.param("asset");
            QString where = ErrorText::tr("in the wallet");
            if (asset == "eth")
                where = ErrorText::tr("in ETH");
            else if (asset == "rlc-stake")
                where = ErrorText::tr("in the iExec account");
            return ErrorText::tr("Not enough funds %1: %2 has %3 and this needs %4 (%5 more).")
                .arg(where, param("account"), param("has"), param("needs"), param("missing"));
        }
        break;
    case ErrorReason::FileMissing:
        if (has({"path"}))
            return ErrorText::tr("%1 is not there.").arg(param("path"));
        break;
    case ErrorReason::DiskFull:
        if (has({"path"}))
            return ErrorText::tr("The disk is full: %1 could not be written. Free some space "
                                 "and try again; nothing was lost.")
                .arg(param("path"));
        break;
    case ErrorReason::FileDenied:
        if (has({"path"}))
            return ErrorText::tr("The system refused access to %1.").arg(param("path"));
        break;
    case ErrorReason::AddressLength:
        if (has({"digits"}))
            return ErrorText::tr("An address has 40 hex digits after \"0x\"; this one has %1.")
                .arg(param("digits"));
        break;
    case ErrorReason::AddressNotHex:
        return ErrorText::tr("An address is made of the digits 0-9 and the letters a-f only.");
    case ErrorReason::AddressChecksum:
        return ErrorText::tr("The mix of capital and small letters (the checksum) is wrong: the "
                             "address was probably mistyped. Check it, or paste it all in small "
                             "letters to skip the check.");
    }
    return QString::fromStdString(error.what());
}

QString errorText(const Error& error) {
    const QString headline = errorHeadline(error.code());
    if (error.code() == ErrorCode::WrongPassword)
        return headline;
    const QString detail = errorParticulars(error);
    if (detail.isEmpty())
        return headline;
    return headline + QLatin1Char(' ') + detail;
}

const std::vector<ErrorCode>& allErrorCodes() {
    static const std::vector<ErrorCode> codes = {ErrorCode::Internal,
                                                 ErrorCode::InvalidArgument,
                                                 ErrorCode::NotFound,
                                                 ErrorCode::AlreadyExists,
                                                 ErrorCode::Io,
                                                 ErrorCode::Corrupt,
                                                 ErrorCode::Network,
                                                 ErrorCode::Crypto,
                                                 ErrorCode::WrongPassword,
                                                 ErrorCode::Cancelled,
                                                 ErrorCode::Unsupported,
                                                 ErrorCode::ChainMismatch,
                                                 ErrorCode::Reverted};
    return codes;
}

} // namespace sr::ui
