#include "compute/ComputationsPage.h"

#include "Async.h"
#include "ErrorText.h"
#include "Format.h"
#include "Notify.h"
#include "Theme.h"
#include "compute/ResultViewer.h"
#include "compute/TaskResult.h"
#include "crypto/RsaPrivateKey.h"
#include "eth/Hex.h"
#include "models/CellText.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "wallet/PasswordDialog.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"
#include "widgets/Card.h"
#include "widgets/ColumnFitter.h"
#include "widgets/RecordTable.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

namespace fs = std::filesystem;

constexpr auto kClaimWait = std::chrono::minutes(5);

QString when(std::uint64_t seconds) {
    if (seconds == 0)
        return QStringLiteral("—");
    return QLocale().toString(
        QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds)).toLocalTime(),
        QLocale::LongFormat);
}

/// The regular files under `folder`, relative names sorted.
QStringList filesUnder(const fs::path& folder) {
    QStringList out;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            out << QString::fromStdString(fs::relative(entry.path(), folder).generic_string());
    out.sort();
    return out;
}

/// The file the app named as its output ("/iexec_out/result.json" -> "result.json").
QString outputFile(const compute::ComputedJson& computed) {
    if (!computed.deterministicOutputPath)
        return {};
    QString path = QString::fromStdString(*computed.deterministicOutputPath);
    if (path.startsWith(QLatin1String("/iexec_out/")))
        path = path.mid(11);
    return path;
}

bool encryptsResult(const iexec::Deal& deal) {
    const auto params = nlohmann::json::parse(deal.params, nullptr, false);
    return params.is_object() && params.value("iexec_result_encryption", false);
}

QTableView* makeTable(QWidget* parent, const char* name, QAbstractItemModel* model,
                      int sortColumn) {
    auto* table = makeRecordTable(parent, QLatin1String(name), model);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::DescendingOrder);
    table->setMinimumHeight(200);
    new ColumnFitter(table);
    return table;
}

QLabel* makeEmpty(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setProperty("muted", true);
    label->setAlignment(Qt::AlignCenter);
    label->setMinimumHeight(100);
    return label;
}

} // namespace

/// What one read gives: the requests with their tasks, the deals on my data, the names.
struct ComputationsPage::Reading {
    std::vector<RequestRow> requests;
    std::vector<iexec::HubDeal> deals;
    ComputeNames names;
    std::optional<Error> chainError; ///< the tasks could not be read (the journal could)
    std::optional<Error> dealsError; ///< the hub's logs could not be synced
    std::uint64_t block = 0;
};

ComputationsPage::ComputationsPage(SettingsModel& state, WalletSession& session, QWidget* parent)
    : AccountPage(session, QStringLiteral("noWalletComputationsCard"), parent), state_(state) {
    requests_ = new RequestsModel(this);
    onMyData_ = new OnMyDataModel(this);
    requestsFilter_ = new ComputationsFilter(this);
    requestsFilter_->setSourceModel(requests_);
    onMyDataFilter_ = new ComputationsFilter(this);
    onMyDataFilter_->setSourceModel(onMyData_);
    auto* full = accountLayout()->parentWidget();

    listCard_ = new Card(full);
    listCard_->setObjectName(QStringLiteral("computationsListCard"));
    auto* bar = new QHBoxLayout;
    filter_ = new QLineEdit(listCard_);
    filter_->setObjectName(QStringLiteral("computationsFilter"));
    filter_->setClearButtonEnabled(true);
    refresh_ = new QPushButton(listCard_);
    refresh_->setObjectName(QStringLiteral("computationsRefresh"));
    newComputation_ = new QPushButton(listCard_);
    newComputation_->setObjectName(QStringLiteral("newComputation"));
    newComputation_->setProperty("primary", true);
    bar->addWidget(filter_, 1);
    bar->addWidget(refresh_);
    bar->addWidget(newComputation_);
    listCard_->body()->addLayout(bar);
    tabs_ = new QTabWidget(listCard_);
    tabs_->setObjectName(QStringLiteral("computationsTabs"));
    tabs_->setDocumentMode(true);
    auto* mine = new QWidget(tabs_);
    auto* mineLayout = new QVBoxLayout(mine);
    mineLayout->setContentsMargins(0, 8, 0, 0);
    requestsTable_ = makeTable(mine, "requestsTable", requestsFilter_, RequestsModel::Date);
    requestsEmpty_ = makeEmpty(mine, "requestsEmpty");
    mineLayout->addWidget(requestsTable_);
    mineLayout->addWidget(requestsEmpty_);
    auto* onData = new QWidget(tabs_);
    auto* onDataLayout = new QVBoxLayout(onData);
    onDataLayout->setContentsMargins(0, 8, 0, 0);
    onMyDataTable_ = makeTable(onData, "onMyDataTable", onMyDataFilter_, OnMyDataModel::Date);
    onMyDataEmpty_ = makeEmpty(onData, "onMyDataEmpty");
    onDataLayout->addWidget(onMyDataTable_);
    onDataLayout->addWidget(onMyDataEmpty_);
    tabs_->addTab(mine, QString());
    tabs_->addTab(onData, QString());
    listCard_->body()->addWidget(tabs_);
    status_ = new QLabel(listCard_);
    status_->setObjectName(QStringLiteral("computationsStatus"));
    status_->setWordWrap(true);
    listCard_->body()->addWidget(status_);
    accountLayout()->addWidget(listCard_);

    detailCard_ = new Card(full);
    detailCard_->setObjectName(QStringLiteral("computationDetailCard"));
    detailHint_ = new QLabel(detailCard_);
    detailHint_->setObjectName(QStringLiteral("computationDetailHint"));
    detailHint_->setWordWrap(true);
    detailHint_->setProperty("muted", true);
    detailCard_->body()->addWidget(detailHint_);
    detailBody_ = new QWidget(detailCard_);
    auto* detailLayout = new QVBoxLayout(detailBody_);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    auto row = [&](int at, QLabel*& caption, QWidget* value) {
        caption = new QLabel(detailBody_);
        caption->setProperty("muted", true);
        grid->addWidget(caption, at, 0, Qt::AlignTop);
        grid->addWidget(value, at, 1);
    };
    auto label = [this](const char* name) {
        auto* l = new QLabel(detailBody_);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    statusValue_ = label("computationStatus");
    createdValue_ = label("computationCreated");
    deadlineValue_ = label("computationDeadline");
    finalValue_ = label("computationFinalDeadline");
    dealValue_ = new AddressLabel(detailBody_);
    dealValue_->setObjectName(QStringLiteral("computationDeal"));
    taskValue_ = new AddressLabel(detailBody_);
    taskValue_->setObjectName(QStringLiteral("computationTask"));
    row(0, statusCaption_, statusValue_);
    row(1, createdCaption_, createdValue_);
    row(2, deadlineCaption_, deadlineValue_);
    row(3, finalCaption_, finalValue_);
    row(4, dealCaption_, dealValue_);
    row(5, taskCaption_, taskValue_);
    detailLayout->addLayout(grid);
    errorValue_ = label("computationError");
    setTone(errorValue_, Tone::Error);
    detailLayout->addWidget(errorValue_);
    auto* actions = new QHBoxLayout;
    cancel_ = new QPushButton(detailBody_);
    cancel_->setObjectName(QStringLiteral("computationCancel"));
    resume_ = new QPushButton(detailBody_);
    resume_->setObjectName(QStringLiteral("computationResume"));
    claim_ = new QPushButton(detailBody_);
    claim_->setObjectName(QStringLiteral("computationClaim"));
    getResult_ = new QPushButton(detailBody_);
    getResult_->setObjectName(QStringLiteral("computationGetResult"));
    getResult_->setProperty("primary", true);
    actions->addStretch(1);
    for (auto* b : {cancel_, resume_, claim_, getResult_})
        actions->addWidget(b);
    detailLayout->addLayout(actions);
    detailStatus_ = label("computationDetailStatus");
    detailLayout->addWidget(detailStatus_);
    viewer_ = new ResultViewer(detailBody_);
    viewer_->setObjectName(QStringLiteral("resultViewer"));
    viewer_->setMinimumHeight(240);
    viewer_->hide();
    detailLayout->addWidget(viewer_);
    detailCard_->body()->addWidget(detailBody_);
    accountLayout()->addWidget(detailCard_);
    accountLayout()->addStretch(1);

    connect(filter_, &QLineEdit::textChanged, requestsFilter_, &ComputationsFilter::setText);
    connect(filter_, &QLineEdit::textChanged, onMyDataFilter_, &ComputationsFilter::setText);
    connect(filter_, &QLineEdit::textChanged, this, &ComputationsPage::applyEmptyStates);
    connect(refresh_, &QPushButton::clicked, this, &ComputationsPage::refresh);
    connect(newComputation_, &QPushButton::clicked, this,
            &ComputationsPage::newComputationRequested);
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        detailCard_->setVisible(tabs_->currentIndex() == 0);
        applyEmptyStates();
    });
    connect(requestsTable_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        viewer_->clearResult();
        viewer_->hide();
        say(detailStatus_, Tone::Neutral, {});
        showDetail();
    });
    connect(requests_, &QAbstractItemModel::dataChanged, this, &ComputationsPage::showDetail);
    connect(requests_, &QAbstractItemModel::modelReset, this, &ComputationsPage::showDetail);
    connect(getResult_, &QPushButton::clicked, this, &ComputationsPage::getResult);
    connect(claim_, &QPushButton::clicked, this, &ComputationsPage::claim);
    connect(resume_, &QPushButton::clicked, this, &ComputationsPage::resume);
    connect(cancel_, &QPushButton::clicked, this, &ComputationsPage::cancelRequest);
    connect(viewer_, &ResultViewer::saved, this, [this](const QString& target, const QString& e) {
        if (e.isEmpty())
            say(detailStatus_, Tone::Good, [target] { return tr("Saved to %1.").arg(target); });
        else
            say(detailStatus_, Tone::Error, [e] { return tr("Not saved: %1").arg(e); });
    });
    // Hidden, a task that ends is still announced: read every 30 s once read.
    followWhileHidden(std::chrono::seconds(30), [this] { return loaded_; });
    retranslate();
    clear();
}

void ComputationsPage::clear() {
    requests_->setRows({});
    onMyData_->setDeals({});
    loaded_ = false;
    failed_ = false;
    seen_.reset();
    viewer_->clearResult();
    viewer_->hide();
    say(status_, Tone::Neutral, {});
    say(detailStatus_, Tone::Neutral, {});
    applyEmptyStates();
    showDetail();
}

void ComputationsPage::load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
                            bool quiet) {
    const int generation = this->generation();
    if (!quiet) {
        refresh_->setEnabled(false);
        say(status_, Tone::Neutral, [name = QString::fromStdString(chain->profile().displayName)] {
            return tr("Reading your computations from the %1 chain…").arg(name);
        });
    }
    runAsync(
        this,
        [chain, owner, shutdown = session_.shutdownToken()] {
            Reading r;
            const auto ops = chain->computeJournal().list(chain->profile().chainId, false, owner);
            std::optional<std::uint64_t> now;
            const bool anyDeal =
                std::any_of(ops.begin(), ops.end(), [](const auto& op) { return op.dealId; });
            if (anyDeal)
                try {
                    now = chain->chainTime(&shutdown);
                } catch (const Error& e) {
                    if (e.code() == ErrorCode::Cancelled)
                        throw;
                    r.chainError = e;
                }
            for (const auto& op : ops) {
                RequestRow row;
                row.op = op;
                if (op.dealId && now) {
                    try {
                        row.task = chain->taskState(*op.dealId, 0, *now, &shutdown);
                    } catch (const Error& e) {
                        if (e.code() == ErrorCode::Cancelled)
                            throw;
                        row.taskError = errorText(e);
                    }
                } else if (op.dealId) {
                    row.taskError = errorText(*r.chainError);
                }
                r.requests.push_back(std::move(row));
            }
            try {
                const auto reader = chain->hubLogs();
                try {
                    r.block = reader->sync(&shutdown).toBlock;
                } catch (const Error& e) {
                    if (e.code() == ErrorCode::Cancelled)
                        throw;
                    r.dealsError = e; // what was read before still shows
                }
                for (auto& d : reader->dealsOwnedBy(owner))
                    if (d.datasetOwner == owner)
                        r.deals.push_back(std::move(d));
            } catch (const Error& e) {
                if (e.code() == ErrorCode::Cancelled)
                    throw;
                r.dealsError = e;
            }
            // Names from what this computer knows (the account's data brought up to date, a
            // few requests once listed); an address stands for the others.
            auto catalog = chain->datasets();
            std::vector<iexec::ProtectedData> mine;
            try {
                mine = catalog.refresh(owner, &shutdown);
            } catch (const Error& e) {
                if (e.code() == ErrorCode::Cancelled)
                    throw;
                mine = catalog.cached(owner); // the chain's error is said above
            }
            for (const auto& d : mine)
                r.names.data[d.address] = QString::fromStdString(d.name);
            for (const auto& a : chain->approvedApps()->list(chain->profile().chainId))
                r.names.apps[a.address] = QString::fromStdString(a.name);
            return r;
        },
        readDone<Reading>(
            generation, refresh_,
            [this](const Error& error) {
                failed_ = true;
                say(status_, Tone::Error, [why = errorText(error)] {
                    return tr("Could not read your computations: %1").arg(why);
                });
                applyEmptyStates();
            },
            [this](Reading reading) {
                failed_ = false;
                show(std::move(reading));
            }),
        session_.pool());
}

void ComputationsPage::show(Reading r) {
    // What ended since the last read is announced (nothing at the first read).
    std::map<std::int64_t, QString> keys;
    std::vector<std::pair<RequestRow, bool>> ended;
    // A task the chain could not tell this time keeps what it said last (the error is shown).
    for (auto& row : r.requests) {
        const int before = row.task ? -1 : requests_->rowOf(row.op.id);
        if (before >= 0 && !row.taskError.isEmpty())
            row.task = requests_->at(before).task;
    }
    for (const auto& row : r.requests) {
        const QString key = requestStatusKey(row);
        keys[row.op.id] = key;
        if (!seen_ || !row.task)
            continue;
        const auto before = seen_->find(row.op.id);
        const QString was = before == seen_->end() ? QString() : before->second;
        const bool completed = key == QLatin1String("COMPLETED");
        const bool failed = key == QLatin1String("FAILED") || key == QLatin1String("TIMEOUT");
        const bool wasEnded = was == QLatin1String("COMPLETED") || was == QLatin1String("FAILED") ||
                              was == QLatin1String("TIMEOUT");
        if ((completed || failed) && !wasEnded)
            ended.emplace_back(row, completed);
    }
    seen_ = std::move(keys);
    requests_->setNames(r.names);
    onMyData_->setNames(r.names);
    requests_->setRows(std::move(r.requests));
    onMyData_->setDeals(std::move(r.deals));
    loaded_ = true;
    if (r.chainError)
        say(status_, Tone::Error, [why = errorText(*r.chainError)] {
            return tr("The chain could not be read: the statuses may be old. %1").arg(why);
        });
    else if (r.dealsError)
        say(status_, Tone::Warning, [why = errorText(*r.dealsError)] {
            return tr("What ran on your data could not be brought up to date: %1").arg(why);
        });
    else
        say(status_, Tone::Neutral,
            [block = r.block] { return tr("Up to date with the chain (block %1).").arg(block); });
    applyEmptyStates();
    if (pendingSelect_) {
        const std::int64_t id = *pendingSelect_;
        pendingSelect_.reset();
        select(id);
    }
    showDetail();
    for (const auto& [row, completed] : ended)
        announce(row, completed);
}

void ComputationsPage::announce(const RequestRow& row, bool completed) {
    const QString task = row.op.taskId ? hashText(*row.op.taskId) : QString();
    emit taskFinished(task, completed);
    const QString app = requests_->names().appName(row.op.app);
    const QString dataName = requests_->names().dataName(row.op.dataset);
    // Said again in the new language if it changes while the notice shows.
    if (completed)
        notifyDesktop(
            this, [] { return tr("Computation completed"); },
            [app, dataName] {
                return tr("%1 on “%2” completed: its result is ready on the Computations page.")
                    .arg(app, dataName);
            });
    else if (requestStatusKey(row) == QLatin1String("TIMEOUT"))
        notifyDesktop(
            this, [] { return tr("Computation failed"); },
            [app, dataName] {
                return tr("%1 on “%2” ended without a result: claim its refund on the "
                          "Computations page.")
                    .arg(app, dataName);
            });
    else
        notifyDesktop(
            this, [] { return tr("Computation failed"); },
            [app, dataName] {
                return tr("%1 on “%2” failed: its price is back in your iExec account.")
                    .arg(app, dataName);
            });
}

void ComputationsPage::applyEmptyStates() {
    const bool noRequests = requests_->rowCount() == 0;
    const bool noDeals = onMyData_->rowCount() == 0;
    const bool requestsOut = !noRequests && requestsFilter_->rowCount() == 0;
    const bool dealsOut = !noDeals && onMyDataFilter_->rowCount() == 0;
    requestsTable_->setVisible(!noRequests);
    onMyDataTable_->setVisible(!noDeals);
    // What an empty list says: why it is empty, and what to do about it.
    const auto explain = [this](QLabel* label, bool none, bool out, const QString& failed,
                                const QString& reading, const QString& nothing,
                                const QString& filtered) {
        label->setVisible(none || out);
        label->setText(failed_ && none    ? failed
                       : none && !loaded_ ? reading
                       : none             ? nothing
                                          : filtered);
    };
    explain(requestsEmpty_, noRequests, requestsOut,
            tr("Your computations could not be read: see below."), tr("Reading your computations…"),
            tr("You have not asked for any computation yet. Click “New computation…” to run an "
               "app on protected data you own or were granted; its status and result will show "
               "here."),
            tr("No computation matches this filter."));
    explain(onMyDataEmpty_, noDeals, dealsOut,
            tr("What ran on your data could not be read: see below."),
            tr("Reading what ran on your data…"),
            tr("Nothing has run on your protected data yet. Grant an app access to your data on "
               "the Access page: each run will show here, with who asked for it and what it "
               "paid."),
            tr("No run matches this filter."));
}

std::int64_t ComputationsPage::selectedId() const {
    const RequestRow* row = selectedRow();
    return row ? row->op.id : 0;
}

const RequestRow* ComputationsPage::selectedRow() const {
    const auto rows = requestsTable_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = requestsFilter_->mapToSource(rows.front());
    if (!source.isValid() || source.row() >= requests_->rowCount())
        return nullptr;
    return &requests_->at(source.row());
}

void ComputationsPage::select(std::int64_t id) {
    const int row = requests_->rowOf(id);
    if (row < 0)
        return;
    tabs_->setCurrentIndex(0);
    filter_->clear();
    const QModelIndex at = requestsFilter_->mapFromSource(requests_->index(row, 0));
    requestsTable_->selectRow(at.row());
    requestsTable_->scrollTo(at);
}

void ComputationsPage::showOperation(std::int64_t id) {
    tabs_->setCurrentIndex(0);
    if (requests_->rowOf(id) >= 0)
        select(id);
    pendingSelect_ = id; // selected (again) once the journal is read
    refresh();
}

void ComputationsPage::showDetail() {
    const RequestRow* r = selectedRow();
    detailHint_->setVisible(!r);
    detailBody_->setVisible(r);
    if (!r) {
        detailCard_->setTitle(tr("Details"));
        return;
    }
    const auto& op = r->op;
    detailCard_->setTitle(
        tr("%1 on “%2”")
            .arg(requests_->names().appName(op.app), requests_->names().dataName(op.dataset)));
    QString status = RequestsModel::statusText(*r);
    if (!r->taskError.isEmpty())
        status += QStringLiteral(" — ") + tr("the chain could not be read: %1").arg(r->taskError);
    statusValue_->setText(status);
    createdValue_->setText(when(static_cast<std::uint64_t>(op.createdAt)));
    const auto& task = r->task;
    deadlineValue_->setText(task ? when(task->contributionDeadline) : QStringLiteral("—"));
    finalValue_->setText(task ? when(task->finalDeadline) : QStringLiteral("—"));
    dealValue_->setValue(op.dealId ? hashText(*op.dealId) : QString());
    taskValue_->setValue(op.taskId ? hashText(*op.taskId) : QString());
    for (QLabel* caption : {dealCaption_, taskCaption_})
        caption->setVisible(op.dealId.has_value());
    dealValue_->setVisible(op.dealId.has_value());
    taskValue_->setVisible(op.taskId.has_value());
    const bool stopped = op.state == compute::ComputeState::Failed && op.failure.has_value();
    errorValue_->setVisible(stopped);
    if (stopped) {
        // The journal keeps the code, the reason and its parameters: said in the interface's
        // language (a computation journaled before reasons were kept, by its message).
        const QString why = errorText(op.failure->toError());
        errorValue_->setText(tr("Stopped at “%1”: %2").arg(RequestsModel::stepText(op.step), why));
    }
    const bool idle = busy_ == 0;
    const bool completed = task && task->status == iexec::TaskStatus::Completed;
    getResult_->setVisible(completed);
    getResult_->setEnabled(idle);
    claim_->setVisible(task && task->claimable);
    claim_->setEnabled(idle);
    const bool unfinished = !op.finished() && !op.dealId;
    resume_->setVisible(unfinished);
    resume_->setEnabled(idle);
    cancel_->setVisible(unfinished && !op.txId && op.step < compute::ComputeStep::Match);
    cancel_->setEnabled(idle);
}

void ComputationsPage::say(QLabel* label, Tone tone, std::function<QString()> text) {
    if (label == status_)
        statusText_ = text;
    else
        detailText_ = text;
    setTone(label, tone);
    label->setText(text ? text() : QString());
    label->setVisible(!label->text().isEmpty());
}

void ComputationsPage::beginAction(const std::function<QString()>& progress) {
    ++busy_;
    say(detailStatus_, Tone::Neutral, progress);
    showDetail();
}

void ComputationsPage::endAction(bool ok, std::function<QString()> said, Tone tone) {
    --busy_;
    say(detailStatus_, tone, std::move(said));
    showDetail();
    emit actionFinished(ok);
}

void ComputationsPage::endChange(const std::optional<Error>& error,
                                 std::function<QString(const QString&)> failed,
                                 std::function<QString()> done) {
    if (error)
        endAction(
            false, [failed = std::move(failed), why = errorText(*error)] { return failed(why); },
            Tone::Error);
    else
        endAction(true, std::move(done), Tone::Good);
    refresh();
}

void ComputationsPage::openResult(const fs::path& folder, const QStringList& files,
                                  const QString& first) {
    // Another request selected meanwhile: its own detail is on screen, not this result.
    const RequestRow* r = selectedRow();
    const auto chain = session_.chain();
    if (!r || !r->op.taskId || !chain || chain->resultFolder(*r->op.taskId) != folder)
        return;
    viewer_->setResult(folder, files, first);
    viewer_->show();
    // Below the fold on a small window: brought into view once laid out.
    QTimer::singleShot(0, viewer_, [this] {
        for (QWidget* w = viewer_->parentWidget(); w; w = w->parentWidget())
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                scroll->ensureWidgetVisible(viewer_, 0, 0);
                return;
            }
    });
}

std::function<void(AsyncResult<ComputationsPage::ResultFiles>)>
ComputationsPage::resultRead(const fs::path& folder, std::function<QString(const QString&)> failed,
                             std::function<QString()> done) {
    return [this, folder, failed = std::move(failed),
            done = std::move(done)](AsyncResult<ResultFiles> result) {
        if (!result.ok()) {
            endAction(
                false, [failed, why = errorText(*result.error)] { return failed(why); },
                Tone::Error);
            emit resultOpened(false);
            return;
        }
        openResult(folder, result.value->first, result.value->second);
        endAction(true, done, done ? Tone::Good : Tone::Neutral);
        emit resultOpened(true);
    };
}

void ComputationsPage::getResult() {
    const RequestRow* r = selectedRow();
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!r || !r->task || !r->op.taskId || !account || !chain || busy_)
        return;
    const compute::TaskState task = *r->task;
    const Hash32 taskId = *r->op.taskId;
    const fs::path folder = chain->resultFolder(taskId);
    const fs::path archive = chain->resultArchive(taskId);
    // A result already unpacked opens as it is: no download, no password.
    std::error_code ec;
    if (fs::exists(folder / "computed.json", ec)) {
        beginAction([] { return tr("Opening the result…"); });
        runAsync(
            this,
            [folder] {
                compute::ComputedJson computed = compute::readComputedJson(folder);
                return std::make_pair(filesUnder(folder), outputFile(computed));
            },
            resultRead(folder,
                       [](const QString& why) {
                           return tr("The result could not be opened: %1").arg(why);
                       },
                       {}),
            session_.pool());
        return;
    }
    std::shared_ptr<const crypto::RsaPrivateKey> key;
    if (encryptsResult(task.deal)) {
        const eth::Address beneficiary = task.deal.beneficiary;
        const bool mine = std::any_of(session_.accounts().begin(), session_.accounts().end(),
                                      [&](const auto& a) { return a.address == beneficiary; });
        if (!mine) {
            say(detailStatus_, Tone::Error,
                [b = QString::fromStdString(beneficiary.toChecksumHex())] {
                    return tr("This result is encrypted for %1, an account this wallet does not "
                              "hold: it cannot be decrypted here.")
                        .arg(b);
                });
            emit resultOpened(false);
            return;
        }
        auto store = session_.store();
        std::function<std::shared_ptr<const crypto::RsaPrivateKey>(const crypto::SecretBytes&)>
            check = [store, beneficiary](const crypto::SecretBytes& password) {
                return std::make_shared<const crypto::RsaPrivateKey>(crypto::RsaPrivateKey::fromPem(
                    store->unlockResultKey(beneficiary, password.text())));
            };
        const auto opened = PasswordDialog::ask(
            this, session_.pool(),
            {tr("Wallet password"),
             tr("The result is encrypted for your account: type the wallet password to "
                "decrypt it."),
             tr("Decrypt")},
            std::move(check));
        if (!opened)
            return;
        key = *opened;
    }
    beginAction([] { return tr("Downloading and decrypting the result…"); });
    runAsync(
        this,
        [chain, task, archive, folder, key, shutdown = session_.shutdownToken()] {
            const auto opened =
                chain->fetchResult(task.results, archive, folder, key.get(), &shutdown);
            return std::make_pair(filesUnder(opened.folder), outputFile(opened.computed));
        },
        resultRead(
            folder, [](const QString& why) { return tr("Could not get the result: %1").arg(why); },
            [] { return tr("The result is decrypted on this computer."); }),
        session_.pool());
}

void ComputationsPage::claim() {
    const RequestRow* r = selectedRow();
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!r || !r->task || !r->task->claimable || !account || !chain || busy_)
        return;
    std::string problem;
    if (!chain->canSend(&problem)) {
        say(detailStatus_, Tone::Error,
            [p = QString::fromStdString(problem)] { return tr("Nothing can be sent: %1").arg(p); });
        return;
    }
    const Hash32 dealId = r->task->dealid;
    const std::uint64_t idx = r->task->idx;
    const QString price = rlcAmount(*requestCost(*r));
    QMessageBox confirm(QMessageBox::Question, tr("Claim a refund"),
                        tr("Claim the refund of this computation (%1)?").arg(price),
                        QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("claimConfirmDialog"));
    confirm.setInformativeText(
        tr("Its final deadline has passed without a result. One transaction, with its network "
           "fee, gives the price back to the requester's iExec account."));
    auto* yes = confirm.addButton(tr("Claim"), QMessageBox::AcceptRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(yes);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    if (!UnlockDialog::ensureUnlocked(session_, this, tr("to claim the refund")))
        return;
    auto signer = session_.signer();
    if (!signer || signer->address() != account->address)
        return;
    const eth::Address from = account->address;
    beginAction([] { return tr("Claiming… Keep Strongroom open until it is mined."); });
    runAsync(
        this,
        [chain, key = std::make_shared<decltype(signer)>(signer), from, dealId, idx,
         shutdown = session_.shutdownToken()] {
            const auto state =
                chain->taskState(dealId, idx, chain->chainTime(&shutdown), &shutdown);
            chain->followEarlier(&shutdown);
            const auto plan = chain->plan(chain->claimTask(state), from, &shutdown);
            const auto sent = chain->send(plan, **key, &shutdown);
            key->reset();
            return chain->followToSuccess(sent.id, kClaimWait, &shutdown);
        },
        [this](AsyncResult<TxRecord> result) {
            endChange(
                result.error,
                [](const QString& why) { return tr("The claim failed: %1").arg(why); },
                [] { return tr("Claimed: the price is back in the requester's iExec account."); });
        },
        session_.pool());
}

void ComputationsPage::resume() {
    const RequestRow* r = selectedRow();
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!r || r->op.finished() || !account || !chain || busy_ ||
        r->op.requester != account->address)
        return;
    if (!UnlockDialog::ensureUnlocked(session_, this, tr("to carry on the computation")))
        return;
    auto signer = session_.signer();
    if (!signer || signer->address() != account->address)
        return;
    const std::int64_t id = r->op.id;
    beginAction([] { return tr("Carrying on the request…"); });
    runAsync(
        this,
        [chain, id, signer, pem = account->resultPublicKeyPem,
         shutdown = session_.shutdownToken()] {
            return chain->compute().run(id, *signer, pem, {}, &shutdown);
        },
        [this](AsyncResult<compute::ComputeOperation> result) {
            endChange(
                result.error,
                [](const QString& why) {
                    return tr("The request stopped again: %1 It is kept: resume it later.")
                        .arg(why);
                },
                [] { return tr("Requested: the task is on its way."); });
        },
        session_.pool());
}

void ComputationsPage::cancelRequest() {
    const RequestRow* r = selectedRow();
    auto chain = session_.chain();
    if (!r || r->op.finished() || r->op.txId || !chain || busy_)
        return;
    const std::int64_t id = r->op.id;
    QMessageBox confirm(QMessageBox::Question, tr("Cancel the request"),
                        tr("Give up this computation? Nothing was sent to the chain: nothing "
                           "is paid."),
                        QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("cancelRequestDialog"));
    auto* yes = confirm.addButton(tr("Give up"), QMessageBox::DestructiveRole);
    confirm.addButton(tr("Keep it"), QMessageBox::RejectRole);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    beginAction([] { return tr("Cancelling…"); });
    runAsync(
        this, [chain, id] { chain->compute().cancel(id); },
        [this](AsyncResult<void> result) {
            endChange(
                result.error,
                [](const QString& why) { return tr("Could not cancel: %1").arg(why); },
                [] { return tr("Cancelled: nothing was paid."); });
        },
        session_.pool());
}

void ComputationsPage::retranslate() {
    setHeading(tr("Computations"), tr("What you asked to run, and what ran on your data."));
    setNoWalletTexts(tr("No wallet yet"),
                     tr("Computations are requested and paid by an account. Create or import a "
                        "wallet on the Wallet page to run apps on protected data and read "
                        "their results."));
    tabs_->setTabText(0, tr("Requested by me"));
    tabs_->setTabText(1, tr("On my data"));
    filter_->setPlaceholderText(tr("Filter: name, address, task, status…"));
    refresh_->setText(tr("Refresh"));
    newComputation_->setText(tr("New computation…"));
    detailHint_->setText(tr("Select a computation you requested to see its details."));
    statusCaption_->setText(tr("Status"));
    createdCaption_->setText(tr("Requested"));
    deadlineCaption_->setText(tr("Deadline"));
    finalCaption_->setText(tr("Final deadline"));
    dealCaption_->setText(tr("Deal"));
    taskCaption_->setText(tr("Task"));
    getResult_->setText(tr("Get result"));
    getResult_->setToolTip(tr("Download the result, check it and decrypt it on this computer"));
    claim_->setText(tr("Claim refund…"));
    claim_->setToolTip(tr("The task ended without a result: get its price back"));
    resume_->setText(tr("Resume"));
    resume_->setToolTip(tr("Carry on the request from the step where it stopped"));
    cancel_->setText(tr("Cancel request"));
    cancel_->setToolTip(tr("Give up a request that has sent nothing to the chain"));
    applyEmptyStates();
    showDetail();
    if (statusText_)
        status_->setText(statusText_());
    if (detailText_)
        detailStatus_->setText(detailText_());
}

} // namespace sr::ui
