// SPDX-License-Identifier: MIT
// Strongroom's sandbox stand-in for iExec's DataProtector core contract: the same function
// and event, so that Strongroom protects data on the sandbox exactly as on Arbitrum.
// The real contract is not published on npm; this one only needs the DatasetRegistry.
pragma solidity ^0.8.20;

interface IDatasetRegistry {
    function createDataset(
        address datasetOwner,
        string calldata datasetName,
        bytes calldata datasetMultiaddr,
        bytes32 datasetChecksum
    ) external returns (address);
}

contract SandboxDataProtector {
    IDatasetRegistry public immutable datasetRegistry;

    event DatasetSchema(address indexed dataset, string schema);

    constructor(IDatasetRegistry registry) {
        datasetRegistry = registry;
    }

    /// Registers a dataset owned by `datasetOwner` and records its public schema.
    function createDatasetWithSchema(
        address datasetOwner,
        string calldata datasetName,
        string calldata datasetSchema,
        bytes calldata datasetMultiaddr,
        bytes32 datasetChecksum
    ) external returns (address dataset) {
        dataset = datasetRegistry.createDataset(datasetOwner, datasetName, datasetMultiaddr, datasetChecksum);
        emit DatasetSchema(dataset, datasetSchema);
    }
}
