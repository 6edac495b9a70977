#pragma once

// The engine's front door: what the GUI (ui/) and the command line (app/cli) may call. For a
// data folder, session::Accounts (session/Accounts.h) holds the wallet's accounts and
// session::Contacts (session/Contacts.h) its address book; to work on a network, a front end
// opens one ChainSession per (data folder, network profile) and asks it for everything that
// talks to the chain:
//
//   - the services: funds(), access(), datasets(), apps(), saveContact(), protect(),
//     compute() (over the data folder's protectJournal() and computeJournal(), each opened
//     once per session), hubLogs(), dataTimeline(), requestTestFunds(), and the task reads
//     chainTime(), taskState(), claimTask(), iexecAccount(), all over one node client that
//     checks the node's chain id once, before its first call;
//   - the transaction flow: followEarlier() -> plan() -> (the person confirms) -> send() ->
//     follow(), whose FollowedTransaction says Mined, Failed (with the reason), Cancelled,
//     Replaced or NotMined.
//
// It never builds a JsonRpcClient, a PendingTransactions journal or a TransactionManager
// itself, and never passes a client to a service by hand. Errors cross as sr::Error: a stable
// ErrorCode (util/Error.h) that the front end words in its own language, and, where the engine
// knows it, an ErrorReason with named parameters (the host, the amounts, the path) that the
// front end words too; the English message is for logs and the command line.
//
// Apart from sessions, session/NodeProbe.h watches a node for the status bar (reachable, right
// chain, latest block) even when no session can be opened.
//
// The value types the services take and return (addresses, amounts, plans, journal rows,
// balances, protected data, grants) come with their headers, included here.

#include "session/Accounts.h"
#include "session/ChainSession.h"
#include "session/Contacts.h"
#include "util/Error.h"
