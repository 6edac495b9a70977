#include "onboarding/OnboardingFields.h"

namespace sr::ui {

void OnboardingFields::forgetSecrets() {
    // Assigning an empty SecretBytes wipes the bytes it held.
    password = {};
    phrase = {};
    key = {};
    keystorePassword = {};
    keystoreJson.clear();
}

} // namespace sr::ui
