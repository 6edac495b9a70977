#include "store/Schema.h"

namespace sr {

const std::vector<std::string>& strongroomMigrations() {
    static const std::vector<std::string> list = {
        // 1: the pending-transaction journal (PendingTransactions).

        "CREATE TABLE pending_transactions ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " chain_id INTEGER NOT NULL,"
        " account TEXT NOT NULL,"
        " nonce INTEGER NOT NULL,"
        " hash TEXT NOT NULL,"
        " raw BLOB NOT NULL,"
        " to_address TEXT,"
        " value TEXT NOT NULL,"
        " tx_type INTEGER NOT NULL,"
        " gas_limit TEXT NOT NULL,"
        " max_fee TEXT NOT NULL,"
        " max_priority_fee TEXT NOT NULL,"
        " gas_price TEXT NOT NULL,"
        " purpose TEXT NOT NULL,"
        " label TEXT NOT NULL,"
        " status TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " replaces INTEGER REFERENCES pending_transactions(id),"
        " replaced_by INTEGER REFERENCES pending_transactions(id),"
        " block_number INTEGER,"
        " block_hash TEXT,"
        " gas_used TEXT,"
        " effective_gas_price TEXT,"
        " error TEXT NOT NULL DEFAULT '',"
        " broadcast_count INTEGER NOT NULL DEFAULT 0,"
        " created_at INTEGER NOT NULL,"
        " updated_at INTEGER NOT NULL,"
        " broadcast_at INTEGER,"
        " mined_at INTEGER);"
        // Not unique: the same bytes signed again after a drop are a new attempt, a new row.
        "CREATE INDEX pending_transactions_hash ON pending_transactions(chain_id, hash);"
        "CREATE INDEX pending_transactions_nonce"
        " ON pending_transactions(chain_id, account, nonce);"
        "CREATE INDEX pending_transactions_status ON pending_transactions(chain_id, status);",

        // 2: the protect-data journal (iexec::ProtectJournal). sealed_key holds the dataset
        // key encrypted under the wallet password until the SMS confirms it, then ''.
        "CREATE TABLE protect_operations ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " chain_id INTEGER NOT NULL,"
        " owner TEXT NOT NULL,"
        " name TEXT NOT NULL,"
        " paths TEXT NOT NULL,"
        " step TEXT NOT NULL,"
        " state TEXT NOT NULL,"
        " sealed_key TEXT NOT NULL,"
        " encrypted_file TEXT NOT NULL DEFAULT '',"
        " schema TEXT NOT NULL DEFAULT '',"
        " checksum TEXT,"
        " cid TEXT NOT NULL DEFAULT '',"
        " encrypted_size INTEGER NOT NULL DEFAULT 0,"
        " zip_size INTEGER NOT NULL DEFAULT 0,"
        " tx_id INTEGER REFERENCES pending_transactions(id),"
        " tx_hash TEXT,"
        " dataset TEXT,"
        " error_code TEXT NOT NULL DEFAULT '',"
        " error TEXT NOT NULL DEFAULT '',"
        " created_at INTEGER NOT NULL,"
        " updated_at INTEGER NOT NULL);"
        "CREATE INDEX protect_operations_state ON protect_operations(chain_id, state);",
    };
    return list;
}

} // namespace sr
