// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.0;

/// FAKE PoCo hub for bench_earnings: it emits the hub's own events around a paid run
/// (OrdersMatched, TaskInitialize, Reward, TaskFinalize, with the hub's signatures) and answers
/// viewDeal, so that 10,000 rewards can be laid over 100,000 blocks in seconds; real PoCo runs
/// through the worker take about a second each. The ledger reads it exactly as the real hub.
contract BenchHub {
    struct Resource {
        address pointer;
        address owner;
        uint256 price;
    }
    struct Deal {
        Resource app;
        Resource dataset;
        Resource workerpool;
        uint256 trust;
        uint256 category;
        bytes32 tag;
        address requester;
        address beneficiary;
        address callback;
        string params;
        uint256 startTime;
        uint256 botFirst;
        uint256 botSize;
        uint256 workerStake;
        uint256 schedulerRewardRatio;
        address sponsor;
    }

    event OrdersMatched(bytes32 dealid, bytes32 appHash, bytes32 datasetHash,
                        bytes32 workerpoolHash, bytes32 requestHash, uint256 volume);
    event TaskInitialize(bytes32 indexed taskid, address indexed workerpool);
    event TaskFinalize(bytes32 indexed taskid, bytes results);
    event Reward(address owner, uint256 amount, bytes32 ref);

    uint256 public constant PRICE = 7;
    address public immutable dataOwner;

    constructor(address owner) {
        dataOwner = owner;
    }

    function dealId(uint256 run) public pure returns (bytes32) {
        return keccak256(abi.encodePacked("bench deal", run));
    }

    /// Runs first .. first + count - 1, each matched, started, paid and finalised.
    function runs(uint256 first, uint256 count) external {
        for (uint256 i = first; i < first + count; ++i) {
            bytes32 deal = dealId(i);
            bytes32 task = keccak256(abi.encodePacked(deal, uint256(0)));
            emit OrdersMatched(deal, bytes32(0), bytes32(0), bytes32(0), bytes32(0), 1);
            emit TaskInitialize(task, address(this));
            emit Reward(dataOwner, PRICE, task);
            emit TaskFinalize(task, "");
        }
    }

    /// Ten datasets of the owner, fifty requesters, one app.
    function viewDeal(bytes32 id) external view returns (Deal memory d) {
        uint256 n = uint256(id);
        d.app = Resource(address(0xA99), address(0xA0), 0);
        d.dataset = Resource(address(uint160(0xD000 + (n % 10))), dataOwner, PRICE);
        d.workerpool = Resource(address(this), address(this), 0);
        d.trust = 1;
        d.requester = address(uint160(0xB000 + (n % 50)));
        d.beneficiary = d.requester;
        d.params = "{}";
        d.botSize = 1;
        d.sponsor = d.requester;
    }
}
