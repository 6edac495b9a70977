#include "wallet/WalletSession.h"

#include "Async.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "widgets/SecretText.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QEvent>
#include <QtConcurrent>
#include <algorithm>
#include <utility>

namespace sr::ui {

namespace {

// The store's accounts, then the watched addresses it does not hold. Touches the disk.
std::vector<wallet::AccountInfo> listAccounts(const session::Accounts& store) {
    std::vector<wallet::AccountInfo> fresh;
    try {
        fresh = store.list();
        for (auto& watched : store.watched())
            if (std::none_of(fresh.begin(), fresh.end(),
                             [&](const auto& a) { return a.address == watched.address; }))
                fresh.push_back(std::move(watched));
    } catch (const Error&) {
        // An unreadable folder lists nothing; the wallet page says what the store reports.
    }
    return fresh;
}

} // namespace

WalletSession::WalletSession(SettingsModel& state, QObject* parent)
    : QObject(parent), state_(state), store_(std::make_shared<session::Accounts>(state.paths())) {
    pool_.setMaxThreadCount(3);
    // The disk is read while the window is being built; what it shows first depends on whether
    // there is a wallet (takeFirstListing).
    firstListing_ = QtConcurrent::run(&pool_, [store = store_] { return listAccounts(*store); });
    idle_.setSingleShot(true);
    connect(&idle_, &QTimer::timeout, this, &WalletSession::lock);
    qApp->installEventFilter(this);
    connect(&state_, &SettingsModel::activeNetworkChanged, this, &WalletSession::rebuildChain);
    connect(&state_, &SettingsModel::networksChanged, this, &WalletSession::rebuildChain);
    connect(&state_, &SettingsModel::autoLockChanged, this, &WalletSession::applySettings);
    try {
        addressBook_ = std::make_shared<session::Contacts>(state_.paths());
    } catch (const Error&) {
        // An unwritable data folder: the book is unavailable, the rest works (and says so).
    }
    rebuildChain();
    applySettings();
}

WalletSession::~WalletSession() {
    firstListing_.waitForFinished();
    signer_.reset();
    shutdown_.cancel();
    pool_.waitForDone();
}

void WalletSession::reload(Completion<> done) {
    const std::uint64_t reload = ++reloadsStarted_;
    runAsync(
        this, [store = store_] { return listAccounts(*store); },
        [this, reload, done](const AsyncResult<std::vector<wallet::AccountInfo>>& listed) {
            // A reload started later and already applied read the folder after this one.
            if (reload > reloadApplied_) {
                reloadApplied_ = reload;
                applyAccounts(listed.value.value_or(std::vector<wallet::AccountInfo>()));
            }
            done();
        });
}

void WalletSession::takeFirstListing() const {
    if (!firstListing_.isValid())
        return;
    auto listing = std::exchange(firstListing_, {});
    accounts_ = listing.result();
}

const std::vector<wallet::AccountInfo>& WalletSession::accounts() const {
    takeFirstListing();
    return accounts_;
}

void WalletSession::applyAccounts(std::vector<wallet::AccountInfo> fresh) {
    const auto before = current();
    accounts_ = std::move(fresh);
    emit accountsChanged();
    const auto after = current();
    if (!before || !after || before->address != after->address) {
        signer_.reset();
        emit lockChanged(false);
        emit currentChanged();
    }
}

std::optional<wallet::AccountInfo> WalletSession::current() const {
    const std::string chosen = state_.settings().activeAccount;
    const auto& listed = accounts();
    for (const auto& a : listed)
        if (a.address.toChecksumHex() == chosen)
            return a;
    if (listed.empty())
        return std::nullopt;
    return listed.front();
}

void WalletSession::setCurrent(const eth::Address& address) {
    const auto before = current();
    state_.setActiveAccount(QString::fromStdString(address.toChecksumHex()));
    if (before && before->address == address)
        return;
    lock();
    emit currentChanged();
}

bool WalletSession::canSign() const {
    const auto account = current();
    return account && account->kind != wallet::AccountKind::WatchOnly;
}

void WalletSession::adoptSigner(wallet::UnlockedAccount signer) {
    adoptSigner(std::make_shared<const wallet::UnlockedAccount>(std::move(signer)));
}

void WalletSession::adoptSigner(std::shared_ptr<const wallet::UnlockedAccount> signer) {
    const auto now = current();
    if (!signer || !now || now->address != signer->address())
        return;
    signer_ = std::move(signer);
    // Only a key in memory has to go when the screen locks: the session bus is joined on the
    // first unlock, not at start (the idle window saves D-Bus's memory, 0.7 MiB).
    followScreenLock();
    if (idle_.interval() > 0)
        idle_.start();
    emit lockChanged(true);
}

void WalletSession::lock() {
    idle_.stop();
    signer_.reset(); // the key's memory is wiped when the last job holding it ends
    // Said even when the session held no key: work started with a password prompt holds one
    // of its own, and lets it go on this signal (ProtectController, AccessPage).
    emit lockChanged(false);
}

void WalletSession::followScreenLock() {
    if (screenLockFollowed_)
        return;
    screenLockFollowed_ = true;
    // The screen locking is the user leaving: the wallet locks with it. Both names are in use
    // (KDE, Xfce and others implement the freedesktop one; GNOME its own).
    auto bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                    QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"),
                    this, SLOT(screenLockChanged(bool)));
        bus.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"),
                    QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                    SLOT(screenLockChanged(bool)));
    }
}

void WalletSession::screenLockChanged(bool active) {
    if (active)
        lock();
}

void WalletSession::setAutoLockInterval(std::chrono::milliseconds idle) {
    intervalFromSettings_ = false;
    idle_.setInterval(int(idle.count()));
    if (idle.count() > 0 && signer_)
        idle_.start();
    else
        idle_.stop();
}

std::chrono::milliseconds WalletSession::autoLockInterval() const {
    return std::chrono::milliseconds(idle_.interval());
}

void WalletSession::applySettings() {
    if (!intervalFromSettings_)
        return;
    const int minutes = state_.settings().autoLockMinutes;
    idle_.setInterval(minutes * 60 * 1000);
    if (minutes > 0 && signer_)
        idle_.start();
    else
        idle_.stop();
}

bool WalletSession::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (signer_ && idle_.interval() > 0)
            idle_.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void WalletSession::rebuildChain() {
    const NetworkProfile& profile = state_.activeNetwork().profile;
    if (chain_ && chain_->profile() == profile)
        return;
    auto next = std::make_shared<session::ChainSession>(state_.paths(), profile);
    // The journal is opened now, once: without it (an unwritable data folder) the wallet page
    // shows balances and refuses to send, saying why (ActivityModel reports the same error).
    (void)next->canSend();
    chain_ = std::move(next);
    emit chainChanged();
}

} // namespace sr::ui
