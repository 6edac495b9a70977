#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace sr::ui {

/// The app's file chooser: Qt's own dialog rather than the desktop's, so that it speaks the
/// app's language (labels from Qt's translations, sizes and dates in the app's locale, not the
/// desktop's), opening in the last folder chosen during this run of the app, or else the home
/// folder.
class FileDialog {
public:
    enum class Mode { OpenFile, OpenFiles, Folder, Save };

    /// What the user chose (nothing when cancelled). `suggested` is a file name for Save, or a
    /// folder to open in instead of the last one.
    static QStringList choose(QWidget* parent, Mode mode, const QString& title,
                              const QString& filter = {}, const QString& suggested = {});
    static QString chooseOne(QWidget* parent, Mode mode, const QString& title,
                             const QString& filter = {}, const QString& suggested = {});

    /// Where the next dialog opens (the last folder used, or the home folder).
    static QString startFolder();
};

} // namespace sr::ui
