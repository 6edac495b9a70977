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

QString errorText(const Error& error) {
    const QString headline = errorHeadline(error.code());
    if (error.code() == ErrorCode::WrongPassword)
        return headline;
    const QString detail = QString::fromStdString(error.what());
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
