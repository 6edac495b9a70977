#pragma once

#include <string>
#include <vector>

namespace sr {

/// The schema of the data folder's database (AppPaths::databaseFile()), as one ordered list of
/// migrations shared by every module that keeps tables there: entry i moves the file from
/// version i to i + 1 (see Database). Only ever append; never edit a migration that shipped.
const std::vector<std::string>& strongroomMigrations();

} // namespace sr
