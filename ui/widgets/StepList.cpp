#include "widgets/StepList.h"

#include "Theme.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace sr::ui {

StepList::StepList(const QStringList& names, const QString& prefix, bool details, QWidget* parent)
    : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < names.size(); ++i) {
        auto* icon = new QLabel(this);
        icon->setObjectName(prefix + QStringLiteral("Icon-") + names[i]);
        icon->setMinimumWidth(18);
        auto* text = new QLabel(this);
        text->setObjectName(prefix + QStringLiteral("Text-") + names[i]);
        text->setWordWrap(true);
        grid->addWidget(icon, i, 0);
        grid->addWidget(text, i, 1);
        icons_.push_back(icon);
        texts_.push_back(text);
        if (details) {
            auto* detail = new QLabel(this);
            detail->setObjectName(prefix + QStringLiteral("Detail-") + names[i]);
            detail->setProperty("muted", true);
            grid->addWidget(detail, i, 2, Qt::AlignRight);
            details_.push_back(detail);
        }
    }
}

void StepList::mark(int current, bool failed, bool running, bool done) {
    for (int step = 0; step < count(); ++step) {
        QString mark = QStringLiteral("○");
        Tone tone = Tone::Neutral;
        if (done || step < current) {
            mark = QStringLiteral("✓");
            tone = Tone::Good;
        } else if (step == current && failed) {
            mark = QStringLiteral("✕");
            tone = Tone::Error;
        } else if (step == current && running) {
            mark = QStringLiteral("➜");
            tone = Tone::Warning;
        }
        QLabel* icon = icons_[std::size_t(step)];
        icon->setText(mark);
        setTone(icon, tone);
        icon->setProperty("state", done || step < current ? QStringLiteral("done")
                                   : step == current      ? QStringLiteral("current")
                                                          : QStringLiteral("pending"));
        QLabel* text = texts_[std::size_t(step)];
        QFont font = text->font();
        font.setBold(step == current && !done);
        text->setFont(font);
    }
}

StepList::Page StepList::newPage(QWidget* parent) {
    auto* widget = new QWidget(parent);
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(widget);
    heading->setObjectName(QStringLiteral("cardTitle"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addSpacing(6);
    return {widget, layout, heading};
}

StepList::Buttons StepList::addButtons(QBoxLayout* layout, QWidget* parent,
                                       const QString& cancelText, const QString& cancelName) {
    Buttons b{new QPushButton(cancelText, parent), new QPushButton(tr("Retry"), parent),
              new QPushButton(tr("Close"), parent)};
    b.cancel->setObjectName(cancelName);
    b.retry->setObjectName(QStringLiteral("retryButton"));
    b.retry->setProperty("primary", true);
    b.close->setObjectName(QStringLiteral("closeButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(b.cancel);
    row->addStretch(1);
    row->addWidget(b.retry);
    row->addWidget(b.close);
    layout->addLayout(row);
    return b;
}

} // namespace sr::ui
