#pragma once

#include "crypto/SecretBytes.h"
#include "eth/Address.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <string>

namespace sr::ui {

/// What the wallet wizard makes: a new wallet, an imported one, or a watched address.
enum class OnboardingMode { Create, ImportPhrase, ImportKey, ImportKeystore, WatchOnly };

/// What the person chose in the wallet wizard, owned by the wizard and read by its last page.
/// Each page writes its part when it is accepted (validatePage, on Next). A page that takes a
/// secret wipes it here in its cleanupPage (Back past the page, restart), as it wipes its line
/// edits; the wizard's destruction wipes the rest, and the last page wipes them all once the
/// keys are stored. So a secret is held here only while the field it was typed in holds it too.
/// The phrase of a wallet being created is the wizard's newPhrase(), not a field.
struct OnboardingFields {
    OnboardingMode mode = OnboardingMode::Create;
    /// The wallet password (a new one, or the existing wallet's).
    crypto::SecretBytes password;
    /// An imported recovery phrase, as UTF-8, and the account number to derive from it.
    crypto::SecretBytes phrase;
    std::uint32_t accountIndex = 0;
    /// An imported private key: its 32 bytes, checked.
    crypto::SecretBytes key;
    /// An imported keystore file (its JSON, verified) and the password it opens with.
    std::string keystoreJson;
    crypto::SecretBytes keystorePassword;
    /// A watched address and its label.
    std::optional<eth::Address> watchAddress;
    QString watchLabel;
    /// The network chosen at the first wallet: a profile's name, or the profile file opened
    /// for this run; neither when the network page was not shown.
    QString network;
    bool networkIsFile = false;

    /// Wipes every secret and forgets the keystore file.
    void forgetSecrets();
};

} // namespace sr::ui
