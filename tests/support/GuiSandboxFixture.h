#pragma once

// The fixture of the GUI suites that run tasks on a sandbox with its worker (gui_tst_computations,
// gui_tst_earnings, gui_tst_overview, gui_tst_datatimeline, gui_tst_newcomputation): the
// sandbox is started once per suite, and each test function gets a data folder of its own
// with the sandbox published in it, its accounts imported and the app opened on it, so that
// any function passes when run alone (`gui_tst_earnings filtersAndSorting`).
//
//   initTestCase()    QVERIFY(fixture_.start([this] { /* the suite's chain state */ }));
//   init()            QVERIFY(fixture_.open({{owner_, "Owner"}}));
//   cleanup()         fixture_.close();
//   cleanupTestCase() fixture_.stop();
//
// What each function needs on chain (a protected data, a grant, a paid run) it makes itself,
// with the kit, on fresh data or a fresh account, and it counts from what is there when it
// starts rather than from what an earlier function left.
//
// The chain is kept between functions, not reverted to an evm_snapshot: none of these suites
// may revert, because the sandbox's off-chain services remember what a revert takes away.
// - The worker's scheduler and the market's deal index remember the last block they read:
//   after a revert the next deals land in block numbers they have already passed, and no task
//   of them would run.
// - The market keeps every order published to it: a grant whose transactions were reverted
//   is still listed (the Data timeline and the Access page read grants from the market), with
//   its volume unspent again; a reverted deal stays in the market's deal index.
// - IPFS keeps what was uploaded and the SMS the secrets pushed to it.
// A suite whose functions touch none of those (no protect, grant, run or market call; only
// transfers, balances and the clock) may revert with evm_snapshot in init() and evm_revert in
// cleanup(), as integration_tst_hubledger does around its own steps.

#include "EarningsTestKit.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "PublishedSandbox.h"
#include "SandboxAppOrders.h"
#include "TestAccounts.h"
#include "WorkerTestKit.h"
#include "settings/SettingsModel.h"
#include "util/Paths.h"

#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>
#include <chrono>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>

namespace sr::test {

class GuiSandboxFixture {
public:
    /// An account of a test's data folder: its key and the label the app shows.
    struct Account {
        const DevKey& key;
        const char* label;
    };

    /// The password of every account the fixture imports.
    static constexpr const char* kPassword = "correct horse battery staple";

    /// Starts the sandbox with its worker (each run at most `maxWallClock`) in a folder of its
    /// own, waits for the Content Reader's orders, then runs `setup`: what the suite keeps on
    /// chain for all its functions (deposits, data, grants). False, saying why, if it failed.
    bool start(const std::function<void()>& setup = {},
               std::chrono::seconds maxWallClock = std::chrono::seconds(5)) {
        if (!home_.isValid())
            return fail(QStringLiteral("no temporary folder for the sandbox"));
        try {
            sandbox_ = publishedSandboxWithWorker(std::filesystem::path(home_.path().toStdString()),
                                                  maxWallClock);
            kit_ = std::make_unique<WorkerTestKit>(sandbox_->network());
            reader_ = contentReader(sandbox_->network(), *kit_);
            if (setup)
                setup();
        } catch (const Error& e) {
            return fail(QString::fromUtf8(e.what()));
        }
        return true;
    }

    /// A new data folder with the sandbox published in it and `accounts` in its keystore (the
    /// first one selected), and the app opened on it on the sandbox network, its window shown.
    /// False, saying why, if it did not open.
    bool open(std::initializer_list<Account> accounts) {
        if (!sandbox_)
            return fail(QStringLiteral("the sandbox is not started"));
        if (nodeStopped_)
            return fail(QStringLiteral("an earlier test function stopped the node"));
        close(); // what a failed open() before left
        folder_.emplace();
        if (!folder_->isValid())
            return fail(QStringLiteral("no temporary folder for the test"));
        data_ = std::filesystem::path(folder_->path().toStdString()) / "data";
        try {
            published_.emplace(sandbox_->publishIn(data_));
            for (const Account& account : accounts)
                importTestAccount(data_, crypto::SecretBytes(account.key.key.view()), kPassword,
                                  account.label);
        } catch (const Error& e) {
            return fail(QString::fromUtf8(e.what()));
        }
        session_ = openSession(data_, std::string("sandbox"));
        if (!session_)
            return fail(QStringLiteral("the app did not open on the test's data folder"));
        return true;
    }

    /// Closes the app once its settings are written, and removes the test's folder.
    void close() {
        if (session_)
            session_->state()->waitForWrites();
        session_.reset();
        if (published_)
            published_->withdraw();
        published_.reset();
        folder_.reset();
    }

    /// Stops the sandbox (after close()).
    void stop() {
        close();
        kit_.reset();
        sandbox_.reset();
    }

    /// Stops the node, for a function that checks what the app says when it is gone: the
    /// functions after it in the same run fail at open() with that reason.
    void stopNode() {
        sandbox_->network().stop();
        nodeStopped_ = true;
    }

    sandbox::SandboxNetwork& network() { return sandbox_->network(); }
    WorkerTestKit& kit() { return *kit_; }
    /// The sandbox's Content Reader app, its orders on the market.
    const eth::Address& reader() const { return reader_; }
    /// The sandbox's own state folder (its worker's apps).
    const std::filesystem::path& sandboxStateDir() const { return sandbox_->stateDir(); }

    /// The test's data folder, and a scratch folder beside it for the test's own files.
    const std::filesystem::path& dataDir() const { return data_; }
    QString scratchDir() const { return folder_->path(); }
    QString scratch(const QString& name) const { return folder_->filePath(name); }
    /// A folder that lasts as long as the sandbox, for files it uses after the test that made
    /// them (an app's program).
    std::filesystem::path suiteDir() const { return home_.path().toStdString(); }

    ui::GuiSession& session() { return *session_; }
    ui::MainWindow& window() { return *session_->window(); }

private:
    static bool fail(const QString& why) {
        qWarning("%s", qPrintable(why));
        return false;
    }

    QTemporaryDir home_;
    std::unique_ptr<PublishedSandbox> sandbox_;
    std::unique_ptr<WorkerTestKit> kit_;
    eth::Address reader_;
    bool nodeStopped_ = false;

    std::optional<QTemporaryDir> folder_;
    std::filesystem::path data_;
    std::optional<sandbox::SandboxControl> published_;
    std::unique_ptr<ui::GuiSession> session_;
};

} // namespace sr::test
