#include "data/ProtectedDataPage.h"

#include "Async.h"
#include "ErrorText.h"
#include "Theme.h"
#include "access/GrantDialog.h"
#include "access/GrantListing.h"
#include "data/DataTimelineView.h"
#include "data/ProtectedDataModel.h"
#include "eth/Hex.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"
#include "widgets/Card.h"
#include "widgets/RecordTable.h"
#include "widgets/WrapLabel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

struct Listing {
    std::vector<iexec::ProtectedData> data;
    bool cached = false; ///< read at least once before
    ProtectedDataModel::MadeHere madeHere;
};

// What this computer's protect operations made for `owner` on the chain, and how far each got.
ProtectedDataModel::MadeHere madeHere(ChainContext& chain, const eth::Address& owner) {
    ProtectedDataModel::MadeHere out;
    for (const auto& op : chain.protectJournal().list(chain.profile().chainId, false, owner))
        if (op.dataset)
            out[*op.dataset] = op.state;
    return out;
}

// A long hex string with invisible break points every 16 digits, so that a wrapped label can
// fold it instead of growing as wide as the whole string.
QString breakable(QString hex) {
    for (qsizetype i = hex.size() - 16; i > 0; i -= 16)
        hex.insert(i, QChar(0x200B));
    return hex;
}

constexpr auto kTransferWait = std::chrono::minutes(5);

} // namespace

ProtectedDataPage::ProtectedDataPage(SettingsModel& state, WalletSession& session, QWidget* parent)
    : AccountPage(session, QStringLiteral("noWalletDataCard"), parent), state_(state) {
    model_ = new ProtectedDataModel(this);

    // The browser: whatever goes above the list, then the list and the detail side by side.
    auto* browser = accountLayout()->parentWidget();
    auto* columns = new QHBoxLayout;
    columns_ = columns;
    columns->setSpacing(16);

    listCard_ = new Card(browser);
    listCard_->setObjectName(QStringLiteral("dataListCard"));
    auto* filters = new QHBoxLayout;
    search_ = new QLineEdit(listCard_);
    search_->setObjectName(QStringLiteral("dataSearch"));
    search_->setClearButtonEnabled(true);
    field_ = new QComboBox(listCard_);
    field_->setObjectName(QStringLiteral("dataFieldFilter"));
    field_->setEditable(true);
    field_->setInsertPolicy(QComboBox::NoInsert);
    field_->setMinimumWidth(110);
    refreshButton_ = new QPushButton(listCard_);
    refreshButton_->setObjectName(QStringLiteral("dataRefresh"));
    filters->addWidget(search_, 2);
    filters->addWidget(field_, 1);
    filters->addWidget(refreshButton_);
    listCard_->body()->addLayout(filters);
    table_ = makeRecordTable(listCard_, QStringLiteral("dataTable"), model_);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(ProtectedDataModel::Name,
                                                     QHeaderView::Stretch);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->viewport()->installEventFilter(this);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideMiddle);
    table_->setMinimumHeight(300);
    listCard_->body()->addWidget(table_);
    empty_ = new QLabel(listCard_);
    empty_->setObjectName(QStringLiteral("dataEmpty"));
    empty_->setWordWrap(true);
    empty_->setProperty("muted", true);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setMinimumHeight(120);
    listCard_->body()->addWidget(empty_);
    status_ = new QLabel(listCard_);
    status_->setObjectName(QStringLiteral("dataStatus"));
    status_->setWordWrap(true);
    status_->setProperty("muted", true);
    listCard_->body()->addWidget(status_);
    columns->addWidget(listCard_, 3);

    detailCard_ = new Card(browser);
    detailCard_->setObjectName(QStringLiteral("dataDetailCard"));
    // As narrow as its buttons allow (its layout says how narrow): the list takes the rest.
    detailHint_ = new QLabel(detailCard_);
    detailHint_->setWordWrap(true);
    detailHint_->setProperty("muted", true);
    detailCard_->body()->addWidget(detailHint_);
    detail_ = new QWidget(detailCard_);
    auto* detailLayout = new QVBoxLayout(detail_);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    name_ = new QLabel(detail_);
    name_->setObjectName(QStringLiteral("dataName"));
    name_->setWordWrap(true);
    QFont big = name_->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    name_->setFont(big);
    detailLayout->addWidget(name_);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    int row = 0;
    auto caption = [&](QLabel*& label, QWidget* value) {
        label = new QLabel(detail_);
        label->setProperty("muted", true);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(value, row, 1);
        ++row;
    };
    address_ = new AddressLabel(detail_);
    address_->setObjectName(QStringLiteral("dataAddress"));
    caption(addressCaption_, address_);
    owner_ = new AddressLabel(detail_);
    owner_->setObjectName(QStringLiteral("dataOwner"));
    caption(ownerCaption_, owner_);
    location_ = new AddressLabel(detail_);
    location_->setObjectName(QStringLiteral("dataLocation"));
    caption(locationCaption_, location_);
    checksum_ = new AddressLabel(detail_);
    checksum_->setObjectName(QStringLiteral("dataChecksum"));
    caption(checksumCaption_, checksum_);
    size_ = new WrapLabel(detail_);
    size_->setObjectName(QStringLiteral("dataSize"));
    size_->setWordWrap(true);
    size_->setTextFormat(Qt::PlainText); // server replies and chain data are never markup
    connect(size_, &QLabel::linkActivated, this, [this] {
        if (sizeOf_ && selected_ == sizeOf_->address)
            loadSize(*sizeOf_, true);
    });
    caption(sizeCaption_, size_);
    created_ = new QLabel(detail_);
    created_->setObjectName(QStringLiteral("dataCreated"));
    caption(createdCaption_, created_);
    schema_ = new WrapLabel(detail_);
    schema_->setObjectName(QStringLiteral("dataSchema"));
    caption(schemaCaption_, schema_);
    grid->setColumnStretch(1, 1);
    detailLayout->addLayout(grid);
    // Who may use it: the pane's whole width, the sentence wraps.
    grantsCaption_ = new QLabel(detail_);
    grantsCaption_->setProperty("muted", true);
    detailLayout->addWidget(grantsCaption_);
    grants_ = new WrapLabel(detail_);
    grants_->setObjectName(QStringLiteral("dataGrants"));
    detailLayout->addWidget(grants_);
    verifyResult_ = new WrapLabel(detail_);
    verifyResult_->setObjectName(QStringLiteral("verifyResult"));
    detailLayout->addWidget(verifyResult_);
    auto* actions = new QHBoxLayout;
    verify_ = new QPushButton(detail_);
    verify_->setObjectName(QStringLiteral("verifyButton"));
    transfer_ = new QPushButton(detail_);
    transfer_->setObjectName(QStringLiteral("transferDataButton"));
    grant_ = new QPushButton(detail_);
    grant_->setObjectName(QStringLiteral("grantDataButton"));
    grant_->setProperty("primary", true);
    manageGrants_ = new QPushButton(detail_);
    manageGrants_->setObjectName(QStringLiteral("manageGrantsButton"));
    explorer_ = new QPushButton(detail_);
    explorer_->setObjectName(QStringLiteral("explorerButton"));
    // Two rows: the pane is narrow, and French labels are long.
    actions->addWidget(verify_);
    actions->addWidget(transfer_);
    actions->addWidget(explorer_);
    actions->addStretch(1);
    detailLayout->addLayout(actions);
    auto* grantRow = new QHBoxLayout;
    grantRow->addStretch(1);
    grantRow->addWidget(manageGrants_);
    grantRow->addWidget(grant_);
    detailLayout->addLayout(grantRow);
    auto* runRow = new QHBoxLayout;
    runApp_ = new QPushButton(detail_);
    runApp_->setObjectName(QStringLiteral("runAppButton"));
    runRow->addStretch(1);
    runRow->addWidget(runApp_);
    detailLayout->addLayout(runRow);
    timeline_ = new DataTimelineView(session, state_.paths().databaseFile(), detail_);
    detailLayout->addWidget(timeline_);
    detailCard_->body()->addWidget(detail_);
    detailCard_->body()->addStretch(1);
    columns->addWidget(detailCard_, 2);
    accountLayout()->addLayout(columns);

    connect(search_, &QLineEdit::textChanged, this, &ProtectedDataPage::applyFilter);
    connect(field_, &QComboBox::currentTextChanged, this, &ProtectedDataPage::applyFilter);
    connect(refreshButton_, &QPushButton::clicked, this, &ProtectedDataPage::refresh);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const auto rows = table_->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            selected_ = model_->at(rows.first().row()).address;
        verifyResult_->setWrappedText(QString());
        showDetail();
    });
    connect(verify_, &QPushButton::clicked, this, &ProtectedDataPage::verify);
    connect(transfer_, &QPushButton::clicked, this, &ProtectedDataPage::transfer);
    connect(grant_, &QPushButton::clicked, this, &ProtectedDataPage::grant);
    connect(manageGrants_, &QPushButton::clicked, this, [this] {
        if (selected_)
            emit manageAccessRequested(*selected_);
    });
    connect(runApp_, &QPushButton::clicked, this, [this] {
        if (selected_)
            emit runAppRequested(*selected_);
    });
    connect(explorer_, &QPushButton::clicked, this, [this] {
        if (selected_)
            QDesktopServices::openUrl(explorerUrl(*selected_));
    });
    retranslate();
}

void ProtectedDataPage::addAboveList(QWidget* widget) {
    accountLayout()->insertWidget(accountLayout()->count() - 1, widget);
}

void ProtectedDataPage::clear() {
    model_->setListing({}, {});
    selected_.reset();
    grantsOf_.reset();
    sizes_.clear(); // another account or network
    timeline_->clear();
    loaded_ = false;
}

void ProtectedDataPage::load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
                             bool quiet) {
    const int generation = this->generation();
    if (quiet)
        timeline_->refresh(); // what the new block brought
    if (!quiet) {
        grantsOf_.reset(); // Refresh reads the grants of the data shown again too
        refreshButton_->setEnabled(false);
        status_->setText(
            tr("Reading your protected data from %1…").arg(q(chain->profile().displayName)));
        // The cache first, for an instant paint; then the chain.
        runAsync(
            this,
            [chain, owner] {
                iexec::DatasetCatalog catalog = chain->datasets();
                return Listing{catalog.cached(owner), catalog.isCached(owner),
                               madeHere(*chain, owner)};
            },
            [this, generation](AsyncResult<Listing> cached) {
                if (generation != this->generation())
                    return;
                if (cached.ok() && cached.value->cached) {
                    model_->setListing(std::move(cached.value->data),
                                       std::move(cached.value->madeHere));
                    loaded_ = true;
                    applyFilter();
                }
            },
            session_.pool());
    }
    runAsync(
        this,
        [chain, owner] {
            iexec::DatasetCatalog catalog = chain->datasets();
            auto fresh = catalog.refresh(owner);
            return Listing{std::move(fresh), true, madeHere(*chain, owner)};
        },
        readDone<Listing>(
            generation, refreshButton_,
            [this](const Error& error) {
                status_->setText(tr("Could not read your protected data from the network: %1")
                                     .arg(errorText(error)));
                applyFilter();
            },
            [this](Listing fresh) {
                model_->setListing(std::move(fresh.data), std::move(fresh.madeHere));
                loaded_ = true;
                status_->setText(tr("Up to date with the network."));
                applyFilter();
            }),
        session_.pool());
}

void ProtectedDataPage::applyFilter() {
    iexec::ProtectedDataQuery query;
    query.text = search_->text().trimmed().toStdString();
    query.schemaField = field_->currentText().trimmed().toStdString();
    model_->setQuery(query);
    // Keep the suggestions in step with the listing, without losing what is typed.
    const QStringList fields = model_->schemaFields();
    QStringList items;
    for (int i = 1; i < field_->count(); ++i)
        items << field_->itemText(i);
    if (items != fields) {
        const QSignalBlocker blocker(field_);
        const QString typed = field_->currentText();
        field_->clear();
        field_->addItem(QString());
        field_->addItems(fields);
        field_->setEditText(typed);
    }
    const int shown = model_->rowCount();
    const int total = static_cast<int>(model_->all().size());
    const bool none = total == 0;
    if (total != dataCount_) {
        dataCount_ = total;
        emit dataCountChanged(total);
    }
    table_->setVisible(!none);
    empty_->setVisible(none || shown == 0);
    if (none)
        empty_->setText(loaded_ ? tr("This account owns no protected data on this network yet.")
                                : tr("Loading…"));
    else if (shown == 0)
        empty_->setText(tr("No protected data matches the search."));
    listCard_->setTitle(none || shown == total
                            ? tr("%n protected data", nullptr, total)
                            : tr("%1 of %n protected data", nullptr, total).arg(shown));
    if (selected_) {
        if (const auto row = model_->rowOf(*selected_)) {
            const QSignalBlocker blocker(table_->selectionModel());
            table_->selectRow(*row);
        }
    }
    fitColumns();
    showDetail();
}

void ProtectedDataPage::resizeEvent(QResizeEvent* event) {
    AccountPage::resizeEvent(event);
    fitBrowser();
}

void ProtectedDataPage::fitBrowser() {
    if (!columns_)
        return;
    // The page's margins (Page) and its vertical scroll bar come on top of the two cards.
    const int chrome = 2 * 32 + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    const int sideBySide = listCard_->minimumSizeHint().width() + columns_->spacing() +
                           detailCard_->minimumSizeHint().width() + chrome;
    const auto direction =
        width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (columns_->direction() != direction)
        columns_->setDirection(direction);
}

bool ProtectedDataPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return AccountPage::eventFilter(watched, event);
}

void ProtectedDataPage::fitColumns() {
    // Long schemas are elided (the whole one in the tooltip and the detail pane).
    constexpr int kWidestFields = 240;
    constexpr int kNarrowestName = 110;
    auto* header = table_->horizontalHeader();
    const auto wanted = [&](int column) {
        const int width =
            std::max(static_cast<QAbstractItemView*>(table_)->sizeHintForColumn(column),
                     header->sectionSizeHint(column));
        return column == ProtectedDataModel::Schema ? std::min(width, kWidestFields) : width;
    };
    // The name and the state always show; the creation time, the fields, then the address
    // when they fit.
    int room = table_->viewport()->width() - kNarrowestName - wanted(ProtectedDataModel::State);
    bool full = false; // in this order: once one does not fit, the next ones are hidden too
    for (int column :
         {ProtectedDataModel::Created, ProtectedDataModel::Schema, ProtectedDataModel::Address}) {
        full = full || room < wanted(column);
        table_->setColumnHidden(column, full);
        if (!full)
            room -= wanted(column);
    }
    for (int column : {ProtectedDataModel::Schema, ProtectedDataModel::Created,
                       ProtectedDataModel::State, ProtectedDataModel::Address})
        if (!table_->isColumnHidden(column)) {
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            table_->setColumnWidth(column, wanted(column));
        }
}

void ProtectedDataPage::select(const eth::Address& dataset) {
    selected_ = dataset;
    verifyResult_->setWrappedText(QString());
    applyFilter();
}

void ProtectedDataPage::showDetail() {
    const iexec::ProtectedData* shown = nullptr;
    if (selected_)
        for (const auto& d : model_->all())
            if (d.address == *selected_)
                shown = &d;
    detail_->setVisible(shown != nullptr);
    detailHint_->setVisible(shown == nullptr);
    if (!shown)
        return;
    name_->setText(q(shown->name).isEmpty() ? tr("(no name)") : q(shown->name));
    address_->setValue(q(shown->address.toChecksumHex()));
    owner_->setValue(q(shown->owner.toChecksumHex()));
    location_->setValue(q(shown->multiaddrText()));
    checksum_->setValue(q(eth::toHex(shown->checksum)));
    created_->setText(shown->createdBlock
                          ? tr("%1\nblock %2")
                                .arg(ProtectedDataModel::describeCreated(*shown))
                                .arg(QLocale().toString(qulonglong(*shown->createdBlock)))
                          : tr("Unknown: not made through DataProtector"));
    schema_->setWrappedText(ProtectedDataModel::describeSchema(*shown));
    const QUrl explorer = explorerUrl(shown->address);
    explorer_->setVisible(!explorer.isEmpty());
    explorer_->setToolTip(explorer.toString());
    if (grantsOf_ != shown->address) {
        loadGrants();
        loadSize(*shown);
        timeline_->show(shown->address, shown->createdBlock);
    }
    const bool signable = session_.canSign() && session_.chain() && session_.chain()->canSend();
    transfer_->setEnabled(signable);
    grant_->setEnabled(signable);
    runApp_->setEnabled(signable);
}

QUrl ProtectedDataPage::explorerUrl(const eth::Address& dataset) const {
    const auto chain = session_.chain();
    return chain ? QUrl(q(chain->profile().explorerPage(dataset))) : QUrl();
}

void ProtectedDataPage::loadSize(const iexec::ProtectedData& shown, bool clicked) {
    sizeOf_ = shown;
    size_->setTextFormat(Qt::PlainText);
    const auto show = [this](const std::optional<std::uint64_t>& size) {
        size_->setTextFormat(Qt::PlainText);
        setTone(size_, Tone::Neutral);
        size_->setWrappedText(
            size ? tr("%1, encrypted").arg(QLocale().formattedDataSize(qint64(*size)))
                 : tr("Not said by the server that holds it"));
    };
    if (const auto known = sizes_.find(shown.address); known != sizes_.end()) {
        show(known->second);
        return;
    }
    auto chain = session_.chain();
    if (!chain)
        return;
    setTone(size_, Tone::Neutral);
    if (!clicked && !iexec::DatasetCatalog::onOwnGateway(shown)) {
        // Its owner chose the server (a stranger may have given you this data): asking it
        // would tell that server you are looking, so only on a click.
        const std::string location(shown.multiaddr.begin(), shown.multiaddr.end());
        size_->setTextFormat(Qt::RichText);
        size_->setWrappedText(tr("Held at %1, a server its owner chose. <a href=\"ask\">Ask it</a>")
                                  .arg(QUrl(q(location))
                                           .adjusted(QUrl::RemoveUserInfo) // never credentials
                                           .authority()
                                           .toHtmlEscaped()));
        return;
    }
    size_->setTextFormat(Qt::PlainText);
    size_->setWrappedText(tr("Asking the server that holds it…"));
    const auto hosts = clicked ? iexec::DatasetCatalog::Hosts::AnyAfterAClick
                               : iexec::DatasetCatalog::Hosts::OwnGatewayOnly;
    runAsync(
        this,
        [chain, shown, hosts] { return chain->datasets().contentSize(shown, nullptr, hosts); },
        [this, show, address = shown.address](AsyncResult<std::optional<std::uint64_t>> result) {
            if (result.ok())
                sizes_[address] = *result.value;
            if (selected_ != address)
                return;
            if (result.ok()) {
                show(*result.value);
            } else {
                setTone(size_, Tone::Error);
                size_->setWrappedText(tr("Unknown: %1").arg(errorText(*result.error)));
            }
        },
        session_.pool());
}

void ProtectedDataPage::loadGrants() {
    auto chain = session_.chain();
    const auto account = session_.current();
    if (!selected_ || !chain || !account)
        return;
    grantsOf_ = *selected_;
    const int generation = ++grantsGeneration_;
    setTone(grants_, Tone::Neutral);
    grants_->setWrappedText(tr("Reading the grants from the marketplace…"));
    runAsync(
        this,
        [chain, owner = account->address, dataset = *selected_] {
            return readGrantListing(*chain, owner, dataset);
        },
        [this, generation](AsyncResult<GrantListing> result) {
            if (generation != grantsGeneration_)
                return; // another data was selected since
            if (!result.ok()) {
                setTone(grants_, Tone::Error);
                grants_->setWrappedText(
                    tr("The grants could not be read: %1").arg(errorText(*result.error)));
                grantsOf_.reset(); // read again next time
                return;
            }
            const auto& listing = *result.value;
            if (listing.grants.empty()) {
                grants_->setWrappedText(tr("No grant: no app can compute on it until you grant "
                                           "access."));
                return;
            }
            // The first few, in words; the Access page has them all.
            constexpr std::size_t kNamed = 3;
            QStringList named;
            for (std::size_t i = 0; i < listing.grants.size() && i < kNamed; ++i) {
                const auto& g = listing.grants[i];
                const QString appName = nameOrAddress(listing.appNames, g.app());
                const QString who = g.user().isZero()
                                        ? tr("anyone")
                                        : AddressLabel::shorten(q(g.user().toChecksumHex()));
                named << tr("%1 for %2 (%3 left)").arg(appName, who, q(g.remaining.toDecimal()));
            }
            const int count = static_cast<int>(listing.grants.size());
            QString text = tr("%n grant(s): ", nullptr, count) + named.join(QStringLiteral("; "));
            if (count > int(kNamed))
                text += tr("; and %n more", nullptr, count - int(kNamed));
            grants_->setWrappedText(text);
        },
        session_.pool());
}

void ProtectedDataPage::verify() {
    auto chain = session_.chain();
    if (!selected_ || !chain)
        return;
    const eth::Address dataset = *selected_;
    verify_->setEnabled(false);
    setTone(verifyResult_, Tone::Neutral);
    verifyResult_->setWrappedText(tr("Downloading the content to check it…"));
    runAsync(
        this, [chain, dataset] { return chain->datasets().verify(dataset); },
        [this, dataset](AsyncResult<iexec::VerifyResult> result) {
            verify_->setEnabled(true);
            if (selected_ != dataset)
                return;
            if (!result.ok()) {
                setTone(verifyResult_, Tone::Error);
                verifyResult_->setWrappedText(
                    tr("Could not check the content: %1").arg(errorText(*result.error)));
                return;
            }
            const auto& r = *result.value;
            const QString size = QLocale().formattedDataSize(qint64(r.size));
            if (r.matches()) {
                setTone(verifyResult_, Tone::Good);
                verifyResult_->setWrappedText(
                    tr("The content (%1) matches the checksum recorded on chain.").arg(size));
            } else {
                setTone(verifyResult_, Tone::Error);
                verifyResult_->setWrappedText(
                    tr("The content (%1) does NOT match the checksum recorded "
                       "on chain: its SHA-256 is %2.")
                        .arg(size, breakable(q(eth::toHex(r.actual)))));
            }
            verifyResult_->setToolTip(q(r.url));
        },
        session_.pool());
}

void ProtectedDataPage::transfer() {
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!selected_ || !account || !chain || !chain->canSend())
        return;
    // Taken now: the selection may change while the dialogs below are open.
    const eth::Address dataset = *selected_;
    QString name;
    for (const auto& d : model_->all())
        if (d.address == dataset)
            name = q(d.name);
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("transferOwnerDialog"));
    ask.setWindowTitle(tr("Transfer “%1”").arg(name));
    ask.setLabelText(tr("The address of the new owner. They alone will then decide who may "
                        "use this data."));
    ask.setTextEchoMode(QLineEdit::Normal);
    if (ask.exec() != QDialog::Accepted)
        return;
    std::optional<eth::Address> parsed;
    QString problem;
    try {
        parsed = eth::Address::fromHex(ask.textValue().trimmed().toStdString());
    } catch (const Error& e) {
        problem = errorParticulars(e);
    }
    if (parsed && parsed->isZero())
        problem = tr("The zero address can't own data: the data would be lost.");
    else if (parsed && *parsed == account->address)
        problem = tr("This account already owns this data.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Not a valid owner"), problem);
        return;
    }
    const eth::Address to = *parsed;
    const QString target = q(to.toChecksumHex());
    QMessageBox confirm(QMessageBox::Warning, tr("Transfer ownership"),
                        tr("Transfer “%1” to %2?").arg(name, target), QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("transferConfirmDialog"));
    confirm.setInformativeText(tr("%1 becomes the owner of this protected data: only they can "
                                  "grant or revoke access to it afterwards. This can't be "
                                  "undone from this wallet.")
                                   .arg(target));
    auto* yes = confirm.addButton(tr("Transfer to %1").arg(AddressLabel::shorten(target)),
                                  QMessageBox::AcceptRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    if (!UnlockDialog::ensureUnlocked(session_, this, tr("to transfer “%1”").arg(name)))
        return;
    auto signer = session_.signer();
    if (!signer || signer->address() != account->address)
        return;
    const eth::Address from = account->address;
    transfer_->setEnabled(false);
    status_->setText(tr("Transferring “%1” to %2…").arg(name, target));
    runAsync(
        this,
        [chain, key = std::make_shared<decltype(signer)>(signer), from, dataset, to,
         shutdown = session_.shutdownToken()] {
            iexec::DatasetCatalog catalog = chain->datasets();
            const auto plan = chain->plan(catalog.transfer(from, dataset, to), from, &shutdown);
            const auto sent = chain->send(plan, **key, &shutdown);
            key->reset(); // the wait needs no key: a lock meanwhile really takes it away
            // Quitting stops the wait, not the transfer: it stays journaled and followed.
            return chain->followToSuccess(sent.id, kTransferWait, &shutdown);
        },
        [this, name, target](AsyncResult<TxRecord> result) {
            transfer_->setEnabled(true);
            if (!result.ok()) {
                status_->setText(tr("The transfer failed: %1").arg(errorText(*result.error)));
                return;
            }
            selected_.reset();
            status_->setText(tr("“%1” now belongs to %2.").arg(name, target));
            emit dataChanged();
            refresh();
        },
        session_.pool());
}

void ProtectedDataPage::grant() {
    if (!selected_)
        return;
    GrantDialog dialog(state_, session_, *selected_, this);
    connect(&dialog, &GrantDialog::granted, this, [this] {
        loadGrants();
        emit dataChanged();
    });
    dialog.exec();
}

void ProtectedDataPage::retranslate() {
    setHeading(tr("Protected data"),
               tr("Your files, encrypted and registered on the network, whoever made them."));
    setNoWalletTexts(tr("No wallet yet"),
                     tr("Protected data belongs to an account. Create or import a "
                        "wallet on the Wallet page, and the data this account owns on the "
                        "network will be listed here."));
    search_->setPlaceholderText(tr("Search by name or address"));
    field_->lineEdit()->setPlaceholderText(tr("Schema field"));
    field_->setToolTip(tr("Only data with this field, like “email” or “email:string”."));
    refreshButton_->setText(tr("Refresh"));
    detailCard_->setTitle(tr("Details"));
    detailHint_->setText(tr("Select a protected data to see its details."));
    addressCaption_->setText(tr("Address"));
    ownerCaption_->setText(tr("Owner"));
    locationCaption_->setText(tr("Location"));
    checksumCaption_->setText(tr("Checksum"));
    sizeCaption_->setText(tr("Size"));
    createdCaption_->setText(tr("Created"));
    schemaCaption_->setText(tr("Fields"));
    grantsCaption_->setText(tr("Who may use it"));
    manageGrants_->setText(tr("Manage access…"));
    manageGrants_->setToolTip(tr("The grants of this data on the Access page: revoke them "
                                 "there."));
    explorer_->setText(tr("Explorer"));
    verify_->setText(tr("Verify content"));
    verify_->setToolTip(tr("Download the encrypted content and compare it with the checksum "
                           "recorded on chain."));
    transfer_->setText(tr("Transfer…"));
    grant_->setText(tr("Grant access…"));
    runApp_->setText(tr("Run an app…"));
    runApp_->setToolTip(tr("A new computation: an app run on this data, paid from your iExec "
                           "account."));
    applyFilter();
    fitBrowser(); // French buttons are wider
}

} // namespace sr::ui
