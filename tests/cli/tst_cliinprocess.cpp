// strongroom-cli's commands run in-process, through the library the binary is built on
// (sr::cli::runCli): every command of the table, the ones added later included, is held to
// the CLI contract without starting a process per case. The suites next to this one keep the
// end-to-end runs of the binary itself (exit codes, signals, terminals, crash hooks).

#include "Commands.h"

#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace sr;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run run(std::vector<std::string> args) {
    std::ostringstream out, err;
    cli::Io io{out, err};
    Run r;
    r.code = cli::runCli(args, io);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::string joined(const std::vector<std::string>& words) {
    std::string text;
    for (const auto& w : words)
        text += (text.empty() ? "" : " ") + w;
    return text;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

class TestCliInProcess : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::string data() const { return dir_.path().toStdString() + "/data"; }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    // The general help names every command with its summary, in the table's order.
    void helpListsEveryCommand() {
        const Run help = run({"--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.err.empty());
        std::size_t at = 0;
        for (const auto& command : cli::commands()) {
            const std::string words = joined(command.words);
            const auto found = help.out.find(words, at);
            QVERIFY2(found != std::string::npos, words.c_str());
            QVERIFY2(contains(help.out, command.summary), command.summary.c_str());
            at = found;
        }
    }

    // Each command's own help: exit 0 on stdout, its usage line, nothing run.
    void eachCommandHasItsOwnHelp() {
        for (const auto& command : cli::commands()) {
            auto args = command.words;
            args.insert(args.begin(), {"--data-dir", data()});
            args.push_back("--help");
            const Run r = run(args);
            const std::string words = joined(command.words);
            QVERIFY2(r.code == 0, words.c_str());
            QVERIFY2(contains(r.out, words), words.c_str());
            QVERIFY2(r.err.empty(), (words + ": " + r.err).c_str());
        }
        QVERIFY2(!QFileInfo::exists(QString::fromStdString(data()) + "/strongroom.sqlite"),
                 "asking for help must not create the data folder's database");
    }

    // Too many or too few arguments: exit 2, the reason and the command's usage on stderr,
    // nothing on stdout; never an exception out of runCli.
    void wrongArgumentCountsAreUsageErrors() {
        for (const auto& command : cli::commands()) {
            const std::string words = joined(command.words);
            auto tooMany = command.words;
            tooMany.insert(tooMany.begin(), {"--data-dir", data()});
            for (std::size_t i = 0; i <= command.maxArgs; ++i)
                tooMany.push_back("x" + std::to_string(i));
            Run r;
            try {
                r = run(tooMany);
            } catch (const std::exception& e) {
                QFAIL((words + " threw: " + e.what()).c_str());
            }
            QVERIFY2(r.code == 2, words.c_str());
            QVERIFY2(contains(r.err, "too many arguments") || contains(r.err, "unexpected"),
                     (words + ": " + r.err).c_str());
            QVERIFY2(contains(r.err, "Usage: strongroom-cli " + words), r.err.c_str());
            QVERIFY2(r.out.empty(), words.c_str());
            if (command.minArgs == 0)
                continue;
            auto tooFew = command.words;
            tooFew.insert(tooFew.begin(), {"--data-dir", data()});
            r = run(tooFew);
            QVERIFY2(r.code == 2, words.c_str());
            QVERIFY2(contains(r.err, "missing argument"), (words + ": " + r.err).c_str());
        }
    }

    // An option a command does not take is refused before anything runs.
    void anOptionOfAnotherCommandIsRefused() {
        const Run r = run({"--data-dir", data(), "network", "list", "--amount", "1"});
        QCOMPARE(r.code, 2);
        QVERIFY2(contains(r.err, "--amount"), r.err.c_str());
        QVERIFY(r.out.empty());
    }

    // A run with output: the networks, as JSON, read in-process.
    void networkListAsJson() {
        const Run r = run({"--data-dir", data(), "network", "list", "--json"});
        QCOMPARE(r.code, 0);
        const auto doc = nlohmann::json::parse(r.out, nullptr, false);
        QVERIFY(!doc.is_discarded());
        QVERIFY(doc.at("networks").is_array());
        QVERIFY(doc.at("networks").size() >= 2);
        QCOMPARE(doc.at("networks").at(0).at("chainId").get<int>(), 42161);
    }
};

QTEST_GUILESS_MAIN(TestCliInProcess)
#include "tst_cliinprocess.moc"
