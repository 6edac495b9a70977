#include "data/DataTimelineView.h"

#include "Async.h"
#include "ErrorText.h"
#include "Format.h"
#include "Resources.h"
#include "Theme.h"
#include "eth/Address.h"
#include "eth/Hex.h"
#include "session/Session.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"
#include "widgets/WrapLabel.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

constexpr int kIconSize = 16;
/// The newest events shown; the older ones are counted.
constexpr std::size_t kShown = 50;

QString iconName(iexec::TimelineKind kind) {
    switch (kind) {
    case iexec::TimelineKind::Created:
        return QStringLiteral("protected-data");
    case iexec::TimelineKind::Granted:
        return QStringLiteral("access");
    case iexec::TimelineKind::Revoked:
        return QStringLiteral("lock");
    case iexec::TimelineKind::Run:
        return QStringLiteral("computations");
    case iexec::TimelineKind::Transferred:
        break;
    }
    return QStringLiteral("user");
}

} // namespace

DataTimelineView::DataTimelineView(WalletSession& session, const std::filesystem::path& database,
                                   QWidget* parent)
    : QWidget(parent), session_(session), database_(database) {
    setObjectName(QStringLiteral("dataTimeline"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("dataTimelineCaption"));
    caption_->setProperty("muted", true);
    layout->addWidget(caption_);
    status_ = new WrapLabel(this);
    status_->setObjectName(QStringLiteral("dataTimelineStatus"));
    status_->setTextFormat(Qt::PlainText);
    layout->addWidget(status_);
    rows_ = new QWidget(this);
    rows_->setObjectName(QStringLiteral("dataTimelineRows"));
    rowsLayout_ = new QVBoxLayout(rows_);
    rowsLayout_->setContentsMargins(0, 0, 0, 0);
    rowsLayout_->setSpacing(6);
    layout->addWidget(rows_);
    retranslate();
}

void DataTimelineView::show(const eth::Address& dataset,
                            std::optional<std::uint64_t> createdBlock) {
    const bool same = dataset_ == dataset;
    dataset_ = dataset;
    createdBlock_ = createdBlock;
    if (!same)
        shown_.reset();
    read(same && shown_);
}

void DataTimelineView::refresh() {
    if (dataset_)
        read(true);
}

void DataTimelineView::clear() {
    ++generation_;
    dataset_.reset();
    shown_.reset();
    scans_.clear();
    busy_ = again_ = false;
    paint();
}

void DataTimelineView::read(bool quiet) {
    auto chain = session_.chain();
    if (!dataset_ || !chain)
        return;
    if (busy_ && quiet) {
        again_ = true; // one more read when this one ends
        return;
    }
    const int generation = ++generation_;
    busy_ = true;
    again_ = false;
    if (!quiet) {
        shown_.reset();
        setTone(status_, Tone::Neutral);
        status_->setWrappedText(tr("Reading its history from the network…"));
        paint();
    }
    iexec::DataTimelineScan scan;
    if (const auto it = scans_.find(*dataset_); it != scans_.end())
        scan = it->second;
    runAsync(
        this,
        [chain, dataset = *dataset_, created = createdBlock_, scan = std::move(scan),
         shutdown = &session_.shutdownToken()] {
            Reading r;
            r.scan = scan;
            r.timeline = chain->dataTimeline(dataset, created, &r.scan, shutdown);
            r.appNames = appNamesOf(*chain);
            return r;
        },
        [this, generation](AsyncResult<Reading> result) {
            if (generation != generation_)
                return; // another data, or cleared
            busy_ = false;
            if (result.ok()) {
                scans_[result.value->timeline.dataset] = result.value->scan;
                shown_ = std::move(*result.value);
                paint();
            } else if (!shown_) {
                setTone(status_, Tone::Error);
                status_->setWrappedText(
                    tr("Its history could not be read: %1").arg(errorText(*result.error)));
            } // else: the view read before stays; the next block tries again
            emit loaded();
            if (again_)
                read(true);
        },
        session_.pool());
}

QString DataTimelineView::who(const eth::Address& address) const {
    const auto account = session_.current();
    if (account && account->address == address)
        return tr("you");
    return AddressLabel::shorten(QString::fromStdString(address.toChecksumHex()));
}

QString DataTimelineView::sentence(const iexec::TimelineEvent& e) const {
    const auto app = [this](const eth::Address& a) {
        return QStringLiteral("<b>%1</b>").arg(nameOrAddress(shown_->appNames, a).toHtmlEscaped());
    };
    const auto user = [this](const eth::Address& a) { return a.isZero() ? tr("anyone") : who(a); };
    switch (e.kind) {
    case iexec::TimelineKind::Created:
        return tr("Created by %1").arg(who(e.to));
    case iexec::TimelineKind::Transferred: {
        const auto account = session_.current();
        if (account && account->address == e.to)
            return tr("Received from %1").arg(who(e.from));
        return tr("Transferred to %1").arg(who(e.to));
    }
    case iexec::TimelineKind::Granted: {
        if (!e.order)
            return tr("Granted (the marketplace no longer has its terms)");
        const int volume =
            e.order->volume > eth::U256(1000000) ? 1000000 : int(e.order->volume.toUint64());
        return tr("Granted to %1 for %2, %3 per run, up to %n run(s)", nullptr, volume)
            .arg(app(e.order->apprestrict), user(e.order->requesterrestrict),
                 rlcAmount(e.order->datasetprice));
    }
    case iexec::TimelineKind::Revoked:
        if (!e.order)
            return tr("Revoked a grant");
        return tr("Revoked the grant to %1 for %2")
            .arg(app(e.order->apprestrict), user(e.order->requesterrestrict));
    case iexec::TimelineKind::Run:
        break;
    }
    if (!e.deal)
        return tr("Run");
    const auto& d = *e.deal;
    const int tasks = d.botSize > 1000000 ? 1000000 : int(d.botSize);
    const QString text =
        tasks == 1 ? tr("Run by %1 with %2").arg(who(d.requester), app(d.app))
                   : tr("%n runs by %1 with %2", nullptr, tasks).arg(who(d.requester), app(d.app));
    QString outcome;
    if (d.tasksPending() > 0)
        outcome = d.datasetPrice.isZero()
                      ? tr("under way, free")
                      : tr("under way: %1 when it completes")
                            .arg(rlcAmount(d.datasetPrice * eth::U256(d.tasksPending())));
    else if (d.tasksCompleted == 0)
        outcome = tr("failed: nothing earned");
    else if (e.earned.isZero())
        outcome = tr("free");
    else
        outcome = tr("earned %1").arg(rlcAmount(e.earned));
    const auto account = session_.current();
    if (!e.earned.isZero() && !(account && account->address == d.datasetOwner))
        outcome = tr("%1 (paid to %2)").arg(outcome, who(d.datasetOwner));
    return tr("%1 — %2").arg(text, outcome);
}

void DataTimelineView::paint() {
    while (auto* item = rowsLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!shown_) {
        rows_->setVisible(false);
        status_->setVisible(dataset_.has_value());
        return;
    }
    const auto& events = shown_->timeline.events;
    QString note;
    setTone(status_, Tone::Neutral);
    if (events.empty())
        note = tr("Nothing on the network yet.");
    else if (events.size() > kShown)
        note = tr("The %n most recent events (of %1):", nullptr, int(kShown))
                   .arg(QLocale().toString(qulonglong(events.size())));
    if (shown_->timeline.marketProblem)
        note += (note.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("The marketplace could not be read: grants may be missing.");
    status_->setWrappedText(note);
    status_->setVisible(!note.isEmpty());
    const QColor color = iconColor();
    const std::size_t first = events.size() > kShown ? events.size() - kShown : 0;
    for (std::size_t i = first; i < events.size(); ++i) {
        const auto& e = events[i];
        auto* row = new QWidget(rows_);
        row->setObjectName(QStringLiteral("timelineEvent"));
        const auto kind = iexec::timelineKindName(e.kind);
        row->setProperty("kind", QString::fromUtf8(kind.data(), qsizetype(kind.size())));
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(8);
        auto* icon = new QLabel(row);
        icon->setPixmap(lineIcon(iconName(e.kind), color).pixmap(kIconSize, kIconSize));
        icon->setAlignment(Qt::AlignTop);
        h->addWidget(icon, 0, Qt::AlignTop);
        auto* lines = new QVBoxLayout;
        lines->setSpacing(0);
        auto* time = new QLabel(row);
        time->setProperty("muted", true);
        time->setText(e.timestamp
                          ? QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(*e.timestamp)),
                                               QLocale::ShortFormat)
                          : tr("Time unknown"));
        lines->addWidget(time);
        // A plain word-wrapped label: its text is there from the start, and its own
        // height-for-width follows the width the row gets (a WrapLabel keeps the height of
        // the narrower width the row had before it was laid out).
        auto* text = new QLabel(row);
        text->setObjectName(QStringLiteral("timelineText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setText(sentence(e));
        if (e.block)
            row->setToolTip(tr("Block %1, transaction %2")
                                .arg(QLocale().toString(qulonglong(*e.block)),
                                     QString::fromStdString(eth::toHex(e.transaction))));
        lines->addWidget(text);
        h->addLayout(lines, 1);
        rowsLayout_->addWidget(row);
    }
    rows_->setVisible(!events.empty());
}

QStringList DataTimelineView::sentences() const {
    QStringList out;
    if (shown_)
        for (const auto& e : shown_->timeline.events)
            out << QTextDocumentFragment::fromHtml(sentence(e)).toPlainText();
    return out;
}

void DataTimelineView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange && event->type() != QEvent::PaletteChange)
        return;
    // The rows are rebuilt once the change has gone through every widget: deleting them
    // while Qt is still handing it to them (a new style sheet, a new language) would pull
    // widgets out from under it.
    if (!repaintPending_) {
        repaintPending_ = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                repaintPending_ = false;
                retranslate();
            },
            Qt::QueuedConnection);
    }
}

void DataTimelineView::retranslate() {
    caption_->setText(tr("Timeline"));
    paint();
}

} // namespace sr::ui
