#pragma once

#include <QObject>
#include <filesystem>
#include <memory>

class QLocalServer;

namespace sr::ui {

/// One Strongroom window per data folder: the first launch listens on a local socket named
/// after the folder; a second launch finds it, asks it to come to the front, and quits.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const std::filesystem::path& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// True if another instance holds this data folder (it has been asked to show itself).
    bool anotherIsRunning() const { return other_; }
    /// The socket's name (a hash of the folder: names are short and path-free).
    const QString& name() const { return name_; }

signals:
    /// A second launch asked this one to show its window.
    void raiseRequested();

private:
    QString name_;
    bool other_ = false;
    std::unique_ptr<QLocalServer> server_;
};

} // namespace sr::ui
