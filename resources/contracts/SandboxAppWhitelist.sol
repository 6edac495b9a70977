// SPDX-License-Identifier: MIT
// An app whitelist as iExec uses them (ERC-734 keys): an app is a member when
// keyHasPurpose(bytes32(uint256(uint160(app))), 4) is true. Granting access to a whitelist
// lets every member app use the data, as with the Web3Mail whitelist on Arbitrum.
pragma solidity ^0.8.20;

contract SandboxAppWhitelist {
    uint256 public constant GROUP_MEMBER_PURPOSE = 4;

    address public immutable owner;
    mapping(bytes32 => bool) private members;

    event KeyAdded(bytes32 indexed key, uint256 indexed purpose, uint256 indexed keyType);
    event KeyRemoved(bytes32 indexed key, uint256 indexed purpose, uint256 indexed keyType);

    constructor() {
        owner = msg.sender;
    }

    function keyHasPurpose(bytes32 key, uint256 purpose) external view returns (bool) {
        return purpose == GROUP_MEMBER_PURPOSE && members[key];
    }

    function addApp(address app) external {
        require(msg.sender == owner, "only the owner");
        bytes32 key = bytes32(uint256(uint160(app)));
        members[key] = true;
        emit KeyAdded(key, GROUP_MEMBER_PURPOSE, 1);
    }

    function removeApp(address app) external {
        require(msg.sender == owner, "only the owner");
        bytes32 key = bytes32(uint256(uint160(app)));
        members[key] = false;
        emit KeyRemoved(key, GROUP_MEMBER_PURPOSE, 1);
    }
}
