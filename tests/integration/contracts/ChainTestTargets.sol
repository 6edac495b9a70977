// SPDX-License-Identifier: MIT
// Contracts for the chain-access tests only (compiled at test time by tests/interop/chain_solc.mjs):
// real Solidity panics to decode, and a DataProtector stand-in with the real interface.
pragma solidity ^0.8.20;

interface IDatasetRegistry {
    function createDataset(address owner, string calldata name, bytes calldata multiaddr,
                           bytes32 checksum) external returns (address);
}

contract TestDataProtector {
    IDatasetRegistry public immutable registry;

    event DatasetSchema(address indexed dataset, string schema);

    constructor(IDatasetRegistry datasetRegistry) {
        registry = datasetRegistry;
    }

    function createDatasetWithSchema(address owner, string calldata name, string calldata schema,
                                     bytes calldata multiaddr, bytes32 checksum)
        external returns (address dataset) {
        dataset = registry.createDataset(owner, name, multiaddr, checksum);
        emit DatasetSchema(dataset, schema);
    }
}

contract Panics {
    enum Colour { Red, Green }

    uint256[] private items;

    function overflow(uint256 a) external pure returns (uint256) {
        return a + type(uint256).max;
    }

    function divide(uint256 a, uint256 b) external pure returns (uint256) {
        return a / b;
    }

    function index(uint256 i) external view returns (uint256) {
        return items[i];
    }

    function assertion() external pure {
        assert(false);
    }

    function colour(uint256 v) external pure returns (Colour) {
        return Colour(v);
    }

    function pop() external {
        items.pop();
    }
}

contract Emitter {
    event Ping(uint256 indexed round, address indexed from, string note, bytes32 tag);

    function ping(uint256 rounds, string calldata note) external {
        for (uint256 i = 0; i < rounds; ++i)
            emit Ping(i, msg.sender, note, keccak256(abi.encodePacked(i)));
    }
}
