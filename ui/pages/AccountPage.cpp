#include "pages/AccountPage.h"

#include "wallet/WalletSession.h"
#include "widgets/Card.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sr::ui {

AccountPage::AccountPage(WalletSession& session, const QString& noWalletCardName, QWidget* parent)
    : Page(parent), session_(session) {
    states_ = new QStackedWidget(this);
    content()->addWidget(states_);

    auto* none = new QWidget(states_);
    auto* noneLayout = new QVBoxLayout(none);
    noneLayout->setContentsMargins(0, 0, 0, 0);
    noWalletCard_ = new Card(none);
    noWalletCard_->setObjectName(noWalletCardName);
    noWalletText_ = new QLabel(noWalletCard_);
    noWalletText_->setWordWrap(true);
    noWalletText_->setProperty("muted", true);
    noWalletCard_->body()->addWidget(noWalletText_);
    noneLayout->addWidget(noWalletCard_);
    noneLayout->addStretch(1);
    states_->addWidget(none);

    auto* full = new QWidget(states_);
    accountLayout_ = new QVBoxLayout(full);
    accountLayout_->setContentsMargins(0, 0, 0, 0);
    accountLayout_->setSpacing(16);
    states_->addWidget(full);

    // Another account or network: what is listed or being read is someone else's.
    const auto restart = [this] {
        ++generation_;
        clear();
        // Hidden, the page reads when it is shown: no network work nobody looks at, and the
        // wallet's own jobs keep the pool.
        if (isVisible())
            refresh();
        else
            states_->setCurrentIndex(session_.current() ? 1 : 0);
    };
    connect(&session_, &WalletSession::currentChanged, this, restart);
    connect(&session_, &WalletSession::chainChanged, this, restart);
}

void AccountPage::setNoWalletTexts(const QString& title, const QString& text) {
    noWalletCard_->setTitle(title);
    noWalletText_->setText(text);
}

void AccountPage::followWhileHidden(std::chrono::milliseconds interval,
                                    std::function<bool()> ready) {
    hiddenFollow_ = new QTimer(this);
    hiddenFollow_->setInterval(interval);
    connect(hiddenFollow_, &QTimer::timeout, this, [this, ready = std::move(ready)] {
        if (!isVisible() && ready())
            followChain();
    });
    hiddenFollow_->start();
}

void AccountPage::setHiddenFollowInterval(std::chrono::milliseconds interval) {
    if (hiddenFollow_)
        hiddenFollow_->setInterval(interval);
}

void AccountPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    refresh();
}

void AccountPage::refresh() {
    start(false);
}

void AccountPage::followChain() {
    if (!loading_ && canFollow())
        start(true);
}

void AccountPage::start(bool quiet) {
    const auto account = session_.current();
    auto chain = session_.chain();
    states_->setCurrentIndex(account ? 1 : 0);
    if (!account || !chain)
        return;
    if (loading_) {
        again_ = true;
        return;
    }
    loading_ = true;
    load(chain, account->address, quiet);
}

bool AccountPage::endLoad(int generation) {
    loading_ = false;
    if (again_ || generation != generation_) {
        again_ = false;
        refresh();
        return false;
    }
    return true;
}

} // namespace sr::ui
