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

        // 2: the protected data an account owns, as last read from the chain (DatasetCatalog),
        // and the block each (chain, owner) listing is up to date with. The records of a
        // dataset never change on chain except its owner, so a refresh only follows transfers.
        "CREATE TABLE protected_data ("
        " chain_id INTEGER NOT NULL,"
        " address TEXT NOT NULL,"
        " owner TEXT NOT NULL,"
        " name TEXT NOT NULL,"
        " multiaddr BLOB NOT NULL,"
        " checksum TEXT NOT NULL,"
        " schema TEXT,"
        " created_block INTEGER,"
        " created_at INTEGER,"
        " PRIMARY KEY (chain_id, address));"
        "CREATE INDEX protected_data_owner ON protected_data(chain_id, owner);"
        "CREATE TABLE protected_data_sync ("
        " chain_id INTEGER NOT NULL,"
        " owner TEXT NOT NULL,"
        " block INTEGER NOT NULL,"
        " PRIMARY KEY (chain_id, owner));",

        // 3: the apps and app whitelists the user approved per network (ApprovedApps). A
        // preloaded known app the user removed stays as a row marked removed, so it is not
        // preloaded again.
        "CREATE TABLE approved_apps ("
        " chain_id INTEGER NOT NULL,"
        " address TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " name TEXT NOT NULL,"
        " owner TEXT NOT NULL DEFAULT '',"
        " multiaddr BLOB,"
        " checksum TEXT NOT NULL DEFAULT '',"
        " mrenclave BLOB,"
        " schema TEXT NOT NULL DEFAULT '{}',"
        " preloaded INTEGER NOT NULL DEFAULT 0,"
        " removed INTEGER NOT NULL DEFAULT 0,"
        " added_at INTEGER NOT NULL,"
        " PRIMARY KEY (chain_id, address));",
        // 4: the protect-data journal (iexec::ProtectJournal). sealed_key holds the dataset
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
        // 5: named addresses per network (AddressBook), typed user / app / whitelist.
        "CREATE TABLE address_book ("
        " chain_id INTEGER NOT NULL,"
        " address TEXT NOT NULL,"
        " label TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " created_at INTEGER NOT NULL,"
        " PRIMARY KEY (chain_id, address));",
        // 6: typed fields (email, text, numbers, booleans) a protect operation adds next to its
        // files, as JSON (ProtectJournal); '[]' once the operation ended, as they are private.
        "ALTER TABLE protect_operations ADD COLUMN fields TEXT NOT NULL DEFAULT '[]';",
        // 7: what a journaled transaction is, as data (eth::TxDetails), next to its purpose:
        // the Activity list says it in the user's language. NULL in the rows written before,
        // which are shown by their English label.
        "ALTER TABLE pending_transactions ADD COLUMN recipient TEXT;"
        "ALTER TABLE pending_transactions ADD COLUMN amount TEXT;"
        "ALTER TABLE pending_transactions ADD COLUMN token TEXT;"
        "ALTER TABLE pending_transactions ADD COLUMN dataset TEXT;"
        "ALTER TABLE pending_transactions ADD COLUMN app TEXT;"
        "ALTER TABLE pending_transactions ADD COLUMN name TEXT;",
        // 8: the PoCo hub's logs read so far (iexec::HubLogReader): deals with their parties
        // and prices, the tasks derived from them, task events and rewards, each row with the
        // block (and its hash) it came from so a reorganisation can drop it; hub_scan holds
        // the block read up to per chain.
        "CREATE TABLE hub_scan ("
        " chain_id INTEGER PRIMARY KEY,"
        " hub TEXT NOT NULL,"
        " start_block INTEGER NOT NULL,"
        " block INTEGER NOT NULL,"
        " block_hash TEXT);"
        "CREATE TABLE hub_deals ("
        " chain_id INTEGER NOT NULL,"
        " deal_id TEXT NOT NULL,"
        " block INTEGER NOT NULL,"
        " block_hash TEXT NOT NULL,"
        " time INTEGER NOT NULL,"
        " tx TEXT NOT NULL,"
        " log_index INTEGER NOT NULL,"
        " app TEXT NOT NULL,"
        " app_owner TEXT NOT NULL,"
        " app_price TEXT NOT NULL,"
        " dataset TEXT NOT NULL,"
        " dataset_owner TEXT NOT NULL,"
        " dataset_price TEXT NOT NULL,"
        " workerpool TEXT NOT NULL,"
        " workerpool_owner TEXT NOT NULL,"
        " workerpool_price TEXT NOT NULL,"
        " requester TEXT NOT NULL,"
        " bot_first INTEGER NOT NULL,"
        " bot_size INTEGER NOT NULL,"
        " PRIMARY KEY (chain_id, deal_id));"
        "CREATE INDEX hub_deals_block ON hub_deals(chain_id, block);"
        "CREATE INDEX hub_deals_dataset_owner ON hub_deals(chain_id, dataset_owner);"
        "CREATE INDEX hub_deals_app_owner ON hub_deals(chain_id, app_owner);"
        "CREATE TABLE hub_tasks ("
        " chain_id INTEGER NOT NULL,"
        " task_id TEXT NOT NULL,"
        " deal_id TEXT NOT NULL,"
        " idx INTEGER NOT NULL,"
        " PRIMARY KEY (chain_id, task_id));"
        "CREATE INDEX hub_tasks_deal ON hub_tasks(chain_id, deal_id);"
        "CREATE TABLE hub_task_events ("
        " chain_id INTEGER NOT NULL,"
        " block INTEGER NOT NULL,"
        " log_index INTEGER NOT NULL,"
        " block_hash TEXT NOT NULL,"
        " time INTEGER NOT NULL,"
        " tx TEXT NOT NULL,"
        " task_id TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " PRIMARY KEY (chain_id, block, log_index));"
        "CREATE INDEX hub_task_events_task ON hub_task_events(chain_id, task_id, kind);"
        "CREATE TABLE hub_rewards ("
        " chain_id INTEGER NOT NULL,"
        " block INTEGER NOT NULL,"
        " log_index INTEGER NOT NULL,"
        " block_hash TEXT NOT NULL,"
        " time INTEGER NOT NULL,"
        " tx TEXT NOT NULL,"
        " owner TEXT NOT NULL,"
        " amount TEXT NOT NULL,"
        " ref TEXT NOT NULL,"
        " PRIMARY KEY (chain_id, block, log_index));"
        "CREATE INDEX hub_rewards_owner ON hub_rewards(chain_id, owner);",
        // 9: computations a requester runs (compute::ComputeJournal): one row per request,
        // its steps and what each produced as a JSON document, the columns it is found by.
        "CREATE TABLE compute_operations ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " chain_id INTEGER NOT NULL,"
        " requester TEXT NOT NULL,"
        " state TEXT NOT NULL,"
        " deal_id TEXT,"
        " task_id TEXT,"
        " doc TEXT NOT NULL,"
        " created_at INTEGER NOT NULL,"
        " updated_at INTEGER NOT NULL);"
        "CREATE INDEX compute_operations_state ON compute_operations(chain_id, state);"
        "CREATE INDEX compute_operations_task ON compute_operations(task_id);",
        // 10: the earnings ledger's reads as a few indexed lookups: a task records the block
        // that closed it (finalised or claimed; NULL while open), so that pending reads only
        // open tasks (a partial index); the rewards of an account come in chain order from
        // its index.
        "ALTER TABLE hub_tasks ADD COLUMN closed_block INTEGER;"
        "UPDATE hub_tasks SET closed_block = (SELECT min(e.block) FROM hub_task_events e WHERE"
        " e.chain_id = hub_tasks.chain_id AND e.task_id = hub_tasks.task_id AND e.kind IN"
        " ('finalize', 'claimed'));"
        "CREATE INDEX hub_tasks_open ON hub_tasks(chain_id, deal_id) WHERE closed_block IS NULL;"
        "CREATE INDEX hub_tasks_closed ON hub_tasks(chain_id, closed_block);"
        "DROP INDEX hub_rewards_owner;"
        "CREATE INDEX hub_rewards_owner ON hub_rewards(chain_id, owner, block, log_index);",
        // 11: what the hub-log reader took back: how many times a sync dropped stored blocks
        // (a reorganisation, a read started again) and the first block the last one dropped,
        // so that a reader's caller holding the rewards it read tells what changed since.
        "ALTER TABLE hub_scan ADD COLUMN rewrites INTEGER NOT NULL DEFAULT 0;"
        "ALTER TABLE hub_scan ADD COLUMN rewritten_from INTEGER;",
        // 12: why a protect operation stopped, as data next to its code (error_code) and English
        // message (error): the reason's name (sr::errorReasonName) and its named parameters as
        // JSON [[name, value], ...], so that the GUI says it in the person's language. The rows
        // written before have no reason and are shown by their message.
        "ALTER TABLE protect_operations ADD COLUMN error_reason TEXT NOT NULL DEFAULT '';"
        "ALTER TABLE protect_operations ADD COLUMN error_params TEXT NOT NULL DEFAULT '[]';",
    };
    return list;
}

} // namespace sr
