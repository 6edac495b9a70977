#include "NetworkSettings.h"

#include "settings/SettingsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <algorithm>

namespace sr::ui {
namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QLineEdit* monoEdit(QWidget* parent, const char* objectName) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setProperty("mono", true);
    edit->setClearButtonEnabled(false);
    return edit;
}

} // namespace

NetworkSettings::NetworkSettings(SettingsModel& state, QWidget* parent)
    : QWidget(parent), state_(state) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    columns_ = layout;

    auto* left = new QVBoxLayout;
    left_ = left;
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("networkList"));
    list_->setMinimumWidth(160);
    list_->setMaximumWidth(240);
    addButton_ = new QPushButton(this);
    addButton_->setObjectName(QStringLiteral("addNetworkButton"));
    left->addWidget(list_, 1);
    left->addWidget(addButton_);
    layout->addLayout(left);

    auto* right = new QVBoxLayout;
    right_ = right;
    originLabel_ = new QLabel(this);
    originLabel_->setObjectName(QStringLiteral("networkOrigin"));
    originLabel_->setProperty("muted", true);
    originLabel_->setWordWrap(true);
    right->addWidget(originLabel_);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // labels above fields when narrow
    displayName_ = new QLineEdit(this);
    displayName_->setObjectName(QStringLiteral("networkDisplayName"));
    name_ = monoEdit(this, "networkName");
    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("networkKind"));
    kind_->addItems({QString(), QString(), QString()});
    chainId_ = monoEdit(this, "networkChainId");
    rpcUrls_ = new QPlainTextEdit(this);
    rpcUrls_->setObjectName(QStringLiteral("networkRpcUrls"));
    rpcUrls_->setProperty("mono", true);
    rpcUrls_->setFixedHeight(58);
    rpcUrls_->setTabChangesFocus(true);
    hub_ = monoEdit(this, "networkHub");
    dataProtector_ = monoEdit(this, "networkDataProtector");
    workerpool_ = monoEdit(this, "networkWorkerpool");
    sms_ = monoEdit(this, "networkSms");
    marketApi_ = monoEdit(this, "networkMarketApi");
    ipfsNode_ = monoEdit(this, "networkIpfsNode");
    ipfsGateway_ = monoEdit(this, "networkIpfsGateway");
    pocoSubgraph_ = monoEdit(this, "networkPocoSubgraph");
    dataProtectorSubgraph_ = monoEdit(this, "networkDataProtectorSubgraph");
    explorer_ = monoEdit(this, "networkExplorer");
    const QList<QWidget*> fields = {displayName_,   name_,
                                    kind_,          chainId_,
                                    rpcUrls_,       hub_,
                                    dataProtector_, workerpool_,
                                    sms_,           marketApi_,
                                    ipfsNode_,      ipfsGateway_,
                                    pocoSubgraph_,  dataProtectorSubgraph_,
                                    explorer_};
    for (QWidget* field : fields) {
        auto* label = new QLabel(this);
        labels_.append(label);
        form->addRow(label, field);
    }
    right->addLayout(form);

    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("fieldError"));
    error_->setWordWrap(true);
    error_->hide();
    right->addWidget(error_);

    auto* buttons = new QHBoxLayout;
    useButton_ = new QPushButton(this);
    useButton_->setObjectName(QStringLiteral("useNetworkButton"));
    resetButton_ = new QPushButton(this);
    resetButton_->setObjectName(QStringLiteral("resetNetworkButton"));
    removeButton_ = new QPushButton(this);
    removeButton_->setObjectName(QStringLiteral("removeNetworkButton"));
    removeButton_->setProperty("destructive", true);
    revertButton_ = new QPushButton(this);
    revertButton_->setObjectName(QStringLiteral("revertNetworkButton"));
    saveButton_ = new QPushButton(this);
    saveButton_->setObjectName(QStringLiteral("saveNetworkButton"));
    saveButton_->setProperty("primary", true);
    // Two rows: five buttons side by side do not fit the window's minimum width.
    buttons->addWidget(useButton_);
    buttons->addWidget(resetButton_);
    buttons->addWidget(removeButton_);
    buttons->addStretch(1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(revertButton_);
    saveRow->addWidget(saveButton_);
    right->addLayout(buttons);
    right->addLayout(saveRow);
    layout->addLayout(right, 1);

    for (auto* edit :
         {displayName_, name_, chainId_, hub_, dataProtector_, workerpool_, sms_, marketApi_,
          ipfsNode_, ipfsGateway_, pocoSubgraph_, dataProtectorSubgraph_, explorer_})
        connect(edit, &QLineEdit::textEdited, this, &NetworkSettings::markDirty);
    connect(rpcUrls_, &QPlainTextEdit::textChanged, this, &NetworkSettings::markDirty);
    connect(kind_, &QComboBox::activated, this, &NetworkSettings::markDirty);
    connect(list_, &QListWidget::currentRowChanged, this, [this] {
        addingNew_ = false;
        showSelected();
    });
    connect(saveButton_, &QPushButton::clicked, this, &NetworkSettings::save);
    connect(revertButton_, &QPushButton::clicked, this, &NetworkSettings::revert);
    connect(resetButton_, &QPushButton::clicked, this, &NetworkSettings::resetToShipped);
    connect(addButton_, &QPushButton::clicked, this, &NetworkSettings::addCustom);
    connect(removeButton_, &QPushButton::clicked, this, &NetworkSettings::removeCustom);
    connect(useButton_, &QPushButton::clicked, this, &NetworkSettings::useSelected);
    connect(&state_, &SettingsModel::activeNetworkChanged, this, [this] {
        if (!saveButton_->isEnabled())
            reloadList(list_->currentItem() ? list_->currentItem()->data(Qt::UserRole).toString()
                                            : QString());
    });

    retranslate();
    reloadList(qs(state_.activeNetwork().profile.name));
}

void NetworkSettings::retranslate() {
    const QStringList texts = {tr("Display name"),  tr("Identifier"),
                               tr("Kind"),          tr("Chain id"),
                               tr("RPC URLs"),      tr("PoCo hub"),
                               tr("DataProtector"), tr("Default workerpool"),
                               tr("SMS"),           tr("Market API"),
                               tr("IPFS node"),     tr("IPFS gateway"),
                               tr("PoCo subgraph"), tr("DataProtector subgraph"),
                               tr("Block explorer")};
    for (int i = 0; i < texts.size(); ++i)
        labels_[i]->setText(texts[i]);
    kind_->setItemText(0, tr("Mainnet"));
    kind_->setItemText(1, tr("Testnet"));
    kind_->setItemText(2, tr("Local sandbox"));
    rpcUrls_->setPlaceholderText(tr("One URL per line, tried in order"));
    pocoSubgraph_->setPlaceholderText(tr("Optional"));
    dataProtectorSubgraph_->setPlaceholderText(tr("Optional"));
    explorer_->setPlaceholderText(tr("Optional"));
    workerpool_->setPlaceholderText(tr("Optional"));
    addButton_->setText(tr("Add a custom network"));
    useButton_->setText(tr("Use this network"));
    resetButton_->setText(tr("Reset to shipped values"));
    removeButton_->setText(tr("Remove"));
    revertButton_->setText(tr("Revert"));
    saveButton_->setText(tr("Save"));
    if (!saveButton_->isEnabled())
        reloadList(list_->currentItem() ? list_->currentItem()->data(Qt::UserRole).toString()
                                        : QString());
}

QSize NetworkSettings::minimumSizeHint() const {
    const int stacked = std::max(left_->minimumSize().width(), right_->minimumSize().width());
    return {stacked, QWidget::minimumSizeHint().height()};
}

void NetworkSettings::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const int sideBySide =
        left_->minimumSize().width() + columns_->spacing() + right_->minimumSize().width();
    const auto direction =
        width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (columns_->direction() != direction) {
        columns_->setDirection(direction);
        updateGeometry(); // the height it needs changed
    }
}

void NetworkSettings::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NetworkSettings::reloadList(const QString& keepSelected) {
    entries_ = state_.networks().list();
    const std::string active = state_.activeNetwork().profile.name;
    QSignalBlocker block(list_);
    list_->clear();
    int row = 0;
    for (size_t i = 0; i < entries_.size(); ++i) {
        const auto& e = entries_[i];
        QString text = qs(e.profile.displayName);
        if (e.profile.name == active)
            text += QStringLiteral("  ") + tr("(active)");
        auto* item = new QListWidgetItem(text, list_);
        item->setData(Qt::UserRole, qs(e.profile.name));
        item->setToolTip(qs(e.profile.name));
        if (qs(e.profile.name) == keepSelected)
            row = static_cast<int>(i);
    }
    list_->setCurrentRow(row);
    showSelected();
}

void NetworkSettings::select(const QString& name) {
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->data(Qt::UserRole).toString() == name)
            list_->setCurrentRow(i);
}

void NetworkSettings::showSelected() {
    const int row = list_->currentRow();
    if (row < 0 || row >= static_cast<int>(entries_.size()))
        return;
    const NetworkEntry& e = entries_[static_cast<size_t>(row)];
    const NetworkProfile& p = e.profile;
    loading_ = true;
    displayName_->setText(qs(p.displayName));
    name_->setText(qs(p.name));
    kind_->setCurrentIndex(static_cast<int>(p.kind));
    chainId_->setText(QString::number(p.chainId));
    QStringList urls;
    for (const auto& url : p.rpcUrls)
        urls << qs(url);
    rpcUrls_->setPlainText(urls.join(QLatin1Char('\n')));
    hub_->setText(qs(p.hub));
    dataProtector_->setText(qs(p.dataProtector));
    workerpool_->setText(qs(p.workerpool));
    sms_->setText(qs(p.sms));
    marketApi_->setText(qs(p.marketApi));
    ipfsNode_->setText(qs(p.ipfsNode));
    ipfsGateway_->setText(qs(p.ipfsGateway));
    pocoSubgraph_->setText(qs(p.pocoSubgraph));
    dataProtectorSubgraph_->setText(qs(p.dataProtectorSubgraph));
    explorer_->setText(qs(p.explorer));
    loading_ = false;

    const bool builtin =
        e.origin == NetworkOrigin::Builtin || e.origin == NetworkOrigin::BuiltinEdited;
    const bool sandbox = e.origin == NetworkOrigin::Sandbox;
    switch (e.origin) {
    case NetworkOrigin::Builtin:
        originLabel_->setText(tr("Shipped with Strongroom. You can edit its endpoints, for "
                                 "example to use your own RPC provider."));
        break;
    case NetworkOrigin::BuiltinEdited:
        originLabel_->setText(tr("Shipped with Strongroom, with endpoints you edited."));
        break;
    case NetworkOrigin::Custom:
        originLabel_->setText(tr("A network you added."));
        break;
    case NetworkOrigin::Sandbox:
    case NetworkOrigin::File:
        originLabel_->setText(tr("The local sandbox network, described by the sandbox itself "
                                 "while it runs: it can't be edited here."));
        break;
    }
    for (auto* edit : {displayName_, chainId_, hub_, dataProtector_, workerpool_, sms_, marketApi_,
                       ipfsNode_, ipfsGateway_, pocoSubgraph_, dataProtectorSubgraph_, explorer_})
        edit->setReadOnly(sandbox);
    rpcUrls_->setReadOnly(sandbox);
    name_->setReadOnly(true);
    chainId_->setReadOnly(builtin || sandbox);
    kind_->setEnabled(e.origin == NetworkOrigin::Custom);
    resetButton_->setVisible(builtin);
    resetButton_->setEnabled(e.origin == NetworkOrigin::BuiltinEdited);
    removeButton_->setVisible(e.origin == NetworkOrigin::Custom);
    useButton_->setEnabled(p.name != state_.activeNetwork().profile.name);
    saveButton_->setEnabled(false);
    revertButton_->setEnabled(false);
    error_->hide();
}

void NetworkSettings::markDirty() {
    if (loading_)
        return;
    saveButton_->setEnabled(true);
    revertButton_->setEnabled(true);
    useButton_->setEnabled(false);
}

void NetworkSettings::showError(const QString& message) {
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
}

bool NetworkSettings::readForm(NetworkProfile& p, QString& message) const {
    auto text = [](const QLineEdit* e) { return e->text().trimmed().toStdString(); };
    p.displayName = text(displayName_);
    p.name = text(name_);
    p.kind = static_cast<NetworkKind>(kind_->currentIndex());
    bool ok = false;
    p.chainId = chainId_->text().trimmed().toULongLong(&ok);
    p.rpcUrls.clear();
    for (const QString& line : rpcUrls_->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            p.rpcUrls.push_back(line.trimmed().toStdString());
    p.hub = text(hub_);
    p.dataProtector = text(dataProtector_);
    p.workerpool = text(workerpool_);
    p.sms = text(sms_);
    p.marketApi = text(marketApi_);
    p.ipfsNode = text(ipfsNode_);
    p.ipfsGateway = text(ipfsGateway_);
    p.pocoSubgraph = text(pocoSubgraph_);
    p.dataProtectorSubgraph = text(dataProtectorSubgraph_);
    p.explorer = text(explorer_);

    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (p.displayName.empty())
        message = tr("Give the network a display name.");
    else if (!namePattern.match(qs(p.name)).hasMatch())
        message = tr("The identifier may hold only lowercase letters, digits and '-'.");
    else if (p.name == NetworkRegistry::kSandboxName)
        message = tr("The identifier \"sandbox\" is reserved for the local sandbox.");
    else if (!ok || p.chainId == 0)
        message = tr("The chain id must be a positive whole number.");
    else if (p.rpcUrls.empty())
        message = tr("Give at least one RPC URL.");
    if (!message.isEmpty())
        return false;
    for (const auto& url : p.rpcUrls)
        if (!looksLikeHttpUrl(url)) {
            message = tr("\"%1\" is not an http:// or https:// URL.").arg(qs(url));
            return false;
        }
    const std::pair<const QLineEdit*, QString> addresses[] = {
        {hub_, tr("PoCo hub")},
        {dataProtector_, tr("DataProtector")},
        {workerpool_, tr("Default workerpool")}};
    for (const auto& [edit, label] : addresses) {
        const std::string value = text(edit);
        if (edit == workerpool_ && value.empty())
            continue;
        if (!looksLikeAddress(value)) {
            message = tr("%1: enter an address, 0x followed by 40 hexadecimal digits.").arg(label);
            return false;
        }
    }
    const std::pair<const QLineEdit*, QString> urls[] = {
        {sms_, tr("SMS")},
        {marketApi_, tr("Market API")},
        {ipfsNode_, tr("IPFS node")},
        {ipfsGateway_, tr("IPFS gateway")},
        {pocoSubgraph_, tr("PoCo subgraph")},
        {dataProtectorSubgraph_, tr("DataProtector subgraph")},
        {explorer_, tr("Block explorer")}};
    for (const auto& [edit, label] : urls) {
        const std::string value = text(edit);
        const bool optional =
            edit == pocoSubgraph_ || edit == dataProtectorSubgraph_ || edit == explorer_;
        if (value.empty() && optional)
            continue;
        if (!looksLikeHttpUrl(value)) {
            message = tr("%1: enter an http:// or https:// URL.").arg(label);
            return false;
        }
    }
    return true;
}

void NetworkSettings::save() {
    NetworkProfile p;
    const int row = list_->currentRow();
    if (!addingNew_ && row >= 0 && row < static_cast<int>(entries_.size()))
        p.knownApps = entries_[static_cast<size_t>(row)].profile.knownApps;
    QString message;
    if (!readForm(p, message)) {
        showError(message);
        return;
    }
    if (addingNew_) {
        for (const auto& e : entries_)
            if (e.profile.name == p.name) {
                showError(tr("A network named \"%1\" already exists.").arg(qs(p.name)));
                return;
            }
    }
    const QString failure = state_.saveNetwork(p);
    if (!failure.isEmpty()) {
        showError(failure);
        return;
    }
    addingNew_ = false;
    reloadList(qs(p.name));
}

void NetworkSettings::revert() {
    if (addingNew_) {
        addingNew_ = false;
        name_->setReadOnly(true);
    }
    showSelected();
}

void NetworkSettings::resetToShipped() {
    const int row = list_->currentRow();
    if (row < 0)
        return;
    const QString name = qs(entries_[static_cast<size_t>(row)].profile.name);
    const QString failure = state_.resetNetwork(name);
    if (!failure.isEmpty())
        showError(failure);
    reloadList(name);
}

void NetworkSettings::addCustom() {
    addingNew_ = true;
    loading_ = true;
    list_->clearSelection();
    for (auto* edit :
         {displayName_, name_, chainId_, hub_, dataProtector_, workerpool_, sms_, marketApi_,
          ipfsNode_, ipfsGateway_, pocoSubgraph_, dataProtectorSubgraph_, explorer_}) {
        edit->clear();
        edit->setReadOnly(false);
    }
    rpcUrls_->clear();
    rpcUrls_->setReadOnly(false);
    kind_->setEnabled(true);
    kind_->setCurrentIndex(static_cast<int>(NetworkKind::Testnet));
    loading_ = false;
    originLabel_->setText(tr("A new network: fill in its endpoints and contracts, then save."));
    resetButton_->hide();
    removeButton_->hide();
    useButton_->setEnabled(false);
    saveButton_->setEnabled(true);
    revertButton_->setEnabled(true);
    error_->hide();
    displayName_->setFocus();
}

void NetworkSettings::removeCustom() {
    const int row = list_->currentRow();
    if (row < 0)
        return;
    const NetworkProfile& p = entries_[static_cast<size_t>(row)].profile;
    const auto answer = QMessageBox::question(
        this, tr("Remove network"),
        tr("Remove the network \"%1\"? Nothing on the network itself is affected.")
            .arg(qs(p.displayName)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel); // Return keeps it
    if (answer != QMessageBox::Yes)
        return;
    const QString failure = state_.removeNetwork(qs(p.name));
    if (!failure.isEmpty())
        showError(failure);
    reloadList(qs(state_.activeNetwork().profile.name));
}

void NetworkSettings::useSelected() {
    const int row = list_->currentRow();
    if (row < 0)
        return;
    const QString name = qs(entries_[static_cast<size_t>(row)].profile.name);
    state_.setActiveNetwork(name);
    reloadList(name);
}

} // namespace sr::ui
