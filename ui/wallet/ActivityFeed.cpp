#include "wallet/ActivityFeed.h"

#include "Async.h"
#include "ErrorText.h"
#include "session/Session.h"
#include "wallet/ActivityModel.h"
#include "wallet/WalletSession.h"

namespace sr::ui {

ActivityFeed::ActivityFeed(WalletSession& session, ActivityModel& model, QObject* parent)
    : QObject(parent), session_(session), model_(model) {
    connect(&session_, &WalletSession::currentChanged, this, &ActivityFeed::refresh);
    connect(&session_, &WalletSession::chainChanged, this, &ActivityFeed::refresh);
}

void ActivityFeed::refresh() {
    if (busy_) {
        again_ = true;
        return;
    }
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!account || !chain || !chain->canSend()) {
        ++generation_;
        model_.setRecords({}, chain && !chain->canSend()
                                  ? tr("The transaction journal cannot be opened in the data "
                                       "folder.")
                                  : QString());
        return;
    }
    busy_ = true;
    const int generation = ++generation_;
    const eth::Address address = account->address;
    struct Outcome {
        std::vector<TxRecord> rows;
        std::optional<Error> problem;
    };
    runAsync(
        this,
        [chain, address, cancel = session_.shutdownToken()] {
            Outcome out;
            try {
                chain->transactions().poll(&cancel);
            } catch (const Error& e) {
                out.problem = e; // the journal still lists everything
            }
            PendingTransactions::HistoryQuery query;
            query.chainId = chain->profile().chainId;
            query.account = address;
            query.limit = 200;
            out.rows = chain->journal().history(query);
            return out;
        },
        [this, generation](AsyncResult<Outcome> result) {
            busy_ = false;
            if (generation == generation_) {
                if (result.ok())
                    model_.setRecords(std::move(result.value->rows),
                                      result.value->problem ? errorText(*result.value->problem)
                                                            : QString());
                else // a failed read keeps what was listed
                    model_.setProblem(errorText(*result.error));
            }
            if (again_) {
                again_ = false;
                refresh();
            }
        },
        session_.pool());
}

} // namespace sr::ui
