#include "sandbox/SandboxApps.h"

#include "iexec/StoredZip.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <unistd.h>

extern char** environ;

namespace sr::sandbox {
namespace {

namespace fs = std::filesystem;

std::string env(const std::map<std::string, std::string>& e, const std::string& key) {
    const auto it = e.find(key);
    return it == e.end() ? std::string() : it->second;
}

bool validUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80         ? 1
                              : (c >> 5) == 6  ? 2
                              : (c >> 4) == 14 ? 3
                              : (c >> 3) == 30 ? 4
                                               : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2)
                return false;
        i += n;
    }
    return true;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> splitCsv(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted) {
            cells.push_back(cell);
            cell.clear();
        } else
            cell.push_back(c);
    }
    cells.push_back(cell);
    return cells;
}

nlohmann::json textStats(const std::string& text) {
    std::size_t characters = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) >> 6) != 2)
            ++characters;
    std::size_t words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    const auto lines = splitLines(text);
    nlohmann::json stats = {{"characters", characters}, {"words", words}, {"lines", lines.size()}};
    // CSV: at least two lines with the same number (> 1) of comma-separated cells.
    if (lines.size() >= 2) {
        const std::size_t columns = splitCsv(lines[0]).size();
        bool csv = columns > 1;
        for (const auto& line : lines)
            if (!line.empty() && splitCsv(line).size() != columns)
                csv = false;
        if (csv) {
            nlohmann::json cols = nlohmann::json::array();
            const auto header = splitCsv(lines[0]);
            for (std::size_t c = 0; c < columns; ++c) {
                std::size_t numeric = 0;
                double sum = 0;
                double lo = std::numeric_limits<double>::infinity();
                double hi = -lo;
                for (std::size_t r = 1; r < lines.size(); ++r) {
                    if (lines[r].empty())
                        continue;
                    const std::string cell = splitCsv(lines[r])[c];
                    char* end = nullptr;
                    const double v = std::strtod(cell.c_str(), &end);
                    if (!cell.empty() && end && *end == '\0' && std::isfinite(v)) {
                        ++numeric;
                        sum += v;
                        lo = std::min(lo, v);
                        hi = std::max(hi, v);
                    }
                }
                nlohmann::json col = {{"header", header[c]}, {"numericValues", numeric}};
                if (numeric > 0) {
                    col["min"] = lo;
                    col["max"] = hi;
                    col["mean"] = sum / static_cast<double>(numeric);
                }
                cols.push_back(col);
            }
            std::size_t rows = 0;
            for (std::size_t r = 1; r < lines.size(); ++r)
                rows += lines[r].empty() ? 0 : 1;
            stats["csv"] = {{"rows", rows}, {"columns", cols}};
        }
    }
    return stats;
}

nlohmann::json describeField(const std::string& path, const Bytes& content) {
    nlohmann::json field = {{"path", path}, {"bytes", content.size()}};
    // DataProtector's scalars are borsh: a string is u32 LE length + UTF-8.
    if (content.size() >= 4) {
        const std::uint32_t length = content[0] | (content[1] << 8) | (content[2] << 16) |
                                     (static_cast<std::uint32_t>(content[3]) << 24);
        const std::string_view text(reinterpret_cast<const char*>(content.data()) + 4,
                                    content.size() - 4);
        if (length == content.size() - 4 && validUtf8(text)) {
            field["type"] = "string";
            field["text"] = textStats(std::string(text));
            return field;
        }
    }
    if (content.size() == 1 && content[0] <= 1)
        field["type"] = "bool";
    else if (content.size() == 8)
        field["type"] = "f64";
    else if (content.size() == 16)
        field["type"] = "i128";
    else {
        const std::string_view text(reinterpret_cast<const char*>(content.data()), content.size());
        if (validUtf8(text) && text.find('\0') == std::string_view::npos) {
            field["type"] = "text file";
            field["text"] = textStats(std::string(text));
        } else {
            field["type"] = "binary";
        }
    }
    return field;
}

} // namespace

int runContentReader(const std::map<std::string, std::string>& e) {
    const std::string in = env(e, "IEXEC_IN");
    const std::string out = env(e, "IEXEC_OUT");
    const std::string dataset = env(e, "IEXEC_DATASET_FILENAME");
    if (out.empty()) {
        std::cerr << "content-reader: IEXEC_OUT is not set\n";
        return 2;
    }
    if (in.empty() || dataset.empty()) {
        std::cerr << "content-reader: no protected data (IEXEC_DATASET_FILENAME)\n";
        return 3;
    }
    nlohmann::json report = {{"protectedData", dataset}, {"fields", nlohmann::json::array()}};
    try {
        const iexec::StoredZipReader zip(fs::path(in) / dataset);
        std::uint64_t total = 0;
        for (const auto& entry : zip.entries()) {
            if (entry.header.isDirectory())
                continue;
            const Bytes content = zip.readAll(entry);
            total += content.size();
            report["fields"].push_back(describeField(entry.header.name, content));
        }
        report["totalBytes"] = total;
    } catch (const Error& error) {
        std::cerr << "content-reader: the protected data is not a DataProtector zip: "
                  << error.what() << "\n";
        return 4;
    }
    writeFileAtomic(fs::path(out) / "report.json", report.dump(2) + "\n", 0644);
    writeFileAtomic(fs::path(out) / "computed.json",
                    nlohmann::json{{"deterministic-output-path", out + "/report.json"}}.dump(),
                    0644);
    std::cout << "content-reader: " << report["fields"].size() << " fields described\n";
    return 0;
}

namespace {

/// The protected data's string field `field` (a borsh string in the DataProtector zip).
std::optional<std::string> stringField(const std::map<std::string, std::string>& e,
                                       const std::string& field) {
    const iexec::StoredZipReader zip(fs::path(env(e, "IEXEC_IN")) /
                                     env(e, "IEXEC_DATASET_FILENAME"));
    for (const auto& entry : zip.entries()) {
        if (entry.header.name != field)
            continue;
        const Bytes content = zip.readAll(entry);
        if (content.size() < 4)
            return std::nullopt;
        const std::uint32_t length = content[0] | (content[1] << 8) | (content[2] << 16) |
                                     (static_cast<std::uint32_t>(content[3]) << 24);
        if (length != content.size() - 4)
            return std::nullopt;
        return std::string(content.begin() + 4, content.end());
    }
    return std::nullopt;
}

/// Web3Mail and Web3Telegram: the recipient comes from the protected data, the message from
/// the requester's secret 1 (JSON); the message goes to the sandbox's relay (descriptor 3),
/// which the workerpool delivers into its mailbox. The result says only whether it was sent.
int runMessenger(const std::map<std::string, std::string>& e, const std::string& channel) {
    const std::string out = env(e, "IEXEC_OUT");
    if (out.empty()) {
        std::cerr << channel << ": IEXEC_OUT is not set\n";
        return 2;
    }
    const bool email = channel == "email";
    const std::string field = email ? "email" : "telegram_chatId";
    nlohmann::json result = {{"protectedData", env(e, "IEXEC_DATASET_FILENAME")},
                             {"success", false}};
    std::optional<std::string> recipient;
    try {
        if (!env(e, "IEXEC_DATASET_FILENAME").empty())
            recipient = stringField(e, field);
    } catch (const Error& error) {
        std::cerr << channel << ": the protected data is not a DataProtector zip: " << error.what()
                  << "\n";
        return 4;
    }
    const auto secret = nlohmann::json::parse(env(e, "IEXEC_REQUESTER_SECRET_1"), nullptr, false);
    if (!recipient) {
        result["error"] = "the protected data has no " + field + " field";
    } else if (!secret.is_object()) {
        result["error"] = "requester secret 1 must be a JSON object with the message";
    } else {
        const std::string contentKey = email ? "emailContent" : "telegramContent";
        nlohmann::json message = {
            {"channel", channel},
            {"recipient", *recipient},
            {"sender", secret.value("senderName", std::string())},
            {"subject", email ? secret.value("emailSubject", std::string()) : std::string()},
            {"contentType", secret.value("contentType", std::string("text/plain"))},
            {"content", secret.value(contentKey, std::string())},
            {"task", env(e, "IEXEC_TASK_ID")}};
        const std::string line = message.dump() + "\n";
        if (::write(3, line.data(), line.size()) != static_cast<ssize_t>(line.size())) {
            result["error"] = "the sandbox relay is not open (descriptor 3)";
        } else {
            result["success"] = true;
        }
    }
    writeFileAtomic(fs::path(out) / "result.json", result.dump() + "\n", 0644);
    writeFileAtomic(fs::path(out) / "computed.json",
                    nlohmann::json{{"deterministic-output-path", out + "/result.json"}}.dump(),
                    0644);
    std::cout << channel << ": " << (result["success"].get<bool>() ? "sent" : "not sent") << "\n";
    return 0;
}

} // namespace

int runSandboxApp(const std::string& name, const std::vector<std::string>& /*args*/) {
    std::map<std::string, std::string> environment;
    for (char** p = environ; p && *p; ++p) {
        const std::string entry = *p;
        const auto eq = entry.find('=');
        if (eq != std::string::npos)
            environment[entry.substr(0, eq)] = entry.substr(eq + 1);
    }
    if (name == "content-reader")
        return runContentReader(environment);
    if (name == "web3mail")
        return runMessenger(environment, "email");
    if (name == "web3telegram")
        return runMessenger(environment, "telegram");
    std::cerr << "strongroom-sandbox: unknown sandbox app '" << name << "'\n";
    return 64;
}

std::vector<std::string> sandboxAppNames() {
    return {"content-reader", "web3mail", "web3telegram"};
}

} // namespace sr::sandbox
